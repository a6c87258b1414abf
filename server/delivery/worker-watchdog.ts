import type { Logger } from '../logging/logger.js';
import type { Store } from '../store/store.js';
import type { ClaimLoop } from './claim-loop.js';

export interface WorkerHealth {
  /** `stalled`: jobs are due, the worker has room, and its claim loop has not moved for `stallMs`. */
  status: 'ok' | 'stalled';
  /** How long the longest-waiting due job has waited, in seconds (0: none is due). */
  oldestDueSeconds: number;
  /** Jobs being sent now. */
  inFlight: number;
  /** Times the watchdog restarted a stalled claim loop since the server started. */
  restarts: number;
}

export interface WatchdogDeps {
  store: Store;
  logger: Logger;
  loop: ClaimLoop;
  now: () => Date;
  inFlight: () => number;
  concurrency: number;
  settings: { watchdogMs?: number; stallMs?: number };
  onRestart?: () => void;
}

export interface Watchdog {
  health(): Promise<WorkerHealth>;
  stop(): void;
}

/** Loose enough for a slow claim on a busy MongoDB; a healthy loop turns at least once per poll (1 s). */
const DEFAULT_STALL_MS = 30_000;
const DEFAULT_WATCHDOG_MS = 10_000;

/**
 * Keeps the outbox from stopping silently: every `watchdogMs` it checks that due jobs are being claimed, and
 * when they are not, logs it, counts it (`cathy_delivery_worker_restarts_total`) and starts a fresh claim loop.
 * The claim loop's design should make a stall impossible; this is the second line, for what nobody foresaw.
 */
export function startWatchdog(deps: WatchdogDeps): Watchdog {
  const { store, logger, loop } = deps;
  const stallMs = deps.settings.stallMs ?? DEFAULT_STALL_MS;
  let restarts = 0;

  async function health(): Promise<WorkerHealth> {
    const at = deps.now();
    const dueSince = await store.outbox.dueSince(at);
    const oldestDueSeconds = dueSince ? Math.max(0, (at.getTime() - dueSince.getTime()) / 1000) : 0;
    const idleMs = at.getTime() - loop.lastTurnAt();
    const stalled = dueSince !== null && deps.inFlight() < deps.concurrency && idleMs >= stallMs && oldestDueSeconds * 1000 >= stallMs;
    return { status: stalled ? 'stalled' : 'ok', oldestDueSeconds, inFlight: deps.inFlight(), restarts };
  }

  async function check(): Promise<void> {
    const state = await health();
    if (state.status !== 'stalled') return;
    restarts += 1;
    const idleSeconds = Math.round((deps.now().getTime() - loop.lastTurnAt()) / 1000);
    logger.error(
      { oldestDueSeconds: Math.round(state.oldestDueSeconds), inFlight: state.inFlight, idleSeconds, restarts },
      'outbox worker stalled with lead deliveries due; restarting its claim loop',
    );
    deps.onRestart?.();
    loop.restart();
  }

  const timer = setInterval(() => {
    check().catch((error: unknown) => {
      logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'outbox watchdog could not check the outbox');
    });
  }, deps.settings.watchdogMs ?? DEFAULT_WATCHDOG_MS);
  timer.unref();
  return { health, stop: () => clearInterval(timer) };
}
