/**
 * The worker's one claim loop. It runs for the worker's whole life and sleeps between turns, so a wake can
 * never be lost to a loop that is ending: a wake only sets `wanted` and ends the sleep. There is no "is a
 * pump running?" flag to fall out of step with reality (the bug that stalled the outbox for good, issue 15).
 */
export interface ClaimLoop {
  /** Asks for a turn as soon as the loop is free. */
  wake(): void;
  /** Starts a fresh loop; a stuck one is left to its fate, and anything it claims still gets sent. */
  restart(): void;
  /** When the current loop last began a turn or went to sleep, in ms since the epoch. */
  lastTurnAt(): number;
  /** Ends the loop after its current turn. */
  stop(): Promise<void>;
}

export interface ClaimLoopDeps {
  /** One turn: claims until full or nothing is due. `current()` turns false once the loop was replaced or stopped. */
  turn(current: () => boolean): Promise<void>;
  /** Free to claim more right now. */
  hasRoom(): boolean;
  onError(error: unknown): void;
  clock?: () => number;
}

/** @example const loop = startClaimLoop({ turn, hasRoom: () => inFlight.size < 4, onError }); loop.wake(); */
export function startClaimLoop(deps: ClaimLoopDeps): ClaimLoop {
  const clock = deps.clock ?? Date.now;
  let generation = 0;
  let running = true;
  let wanted = true;
  let lastTurn = clock();
  let sleeping: (() => void) | undefined;
  let current: Promise<void>;

  async function loop(own: number): Promise<void> {
    const isCurrent = () => running && own === generation;
    while (isCurrent()) {
      lastTurn = clock();
      if (!wanted || !deps.hasRoom()) {
        await new Promise<void>((resolve) => (sleeping = resolve));
        continue;
      }
      wanted = false;
      try {
        await deps.turn(isCurrent);
      } catch (error) {
        deps.onError(error);
      }
    }
  }

  function wake(): void {
    wanted = true;
    const end = sleeping;
    sleeping = undefined;
    end?.();
  }

  current = loop(generation);
  return {
    wake,
    restart() {
      generation += 1;
      wanted = true;
      sleeping = undefined;
      current = loop(generation);
    },
    lastTurnAt: () => lastTurn,
    async stop() {
      running = false;
      wake();
      await current;
    },
  };
}
