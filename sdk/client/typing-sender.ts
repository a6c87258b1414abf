export interface TypingSender {
  /** A keystroke (`true`) or an emptied input (`false`). */
  set(on: boolean): void;
  /** Says "stopped" now if "typing" was said (a message was sent). */
  stop(): void;
  /** Forgets its timer without sending anything: the client is gone. */
  dispose(): void;
}

/** At most one "typing" per this long while keys keep coming: the server forgets an indicator nobody renews. */
const EVERY_MS = 3_000;
/** "Stopped typing" after this long without a key. */
const IDLE_MS = 4_000;

/** Turns keystrokes into few typing events: "typing" at most every 3 s, and "stopped" once, after 4 s without a key or on `stop`. */
export function createTypingSender(send: (on: boolean) => void): TypingSender {
  let sentAt: number | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(idle);
    if (sentAt === undefined) return;
    sentAt = undefined;
    send(false);
  };
  return {
    set(on) {
      if (!on) return stop();
      clearTimeout(idle);
      idle = setTimeout(stop, IDLE_MS);
      if (sentAt !== undefined && Date.now() - sentAt < EVERY_MS) return;
      sentAt = Date.now();
      send(true);
    },
    stop,
    dispose: () => clearTimeout(idle),
  };
}
