export interface TypingSender {
  /** A keystroke (`true`) or an emptied input (`false`). */
  set(on: boolean): void;
  /** Says "stopped" now if "typing" was said (a message was sent). */
  stop(): void;
  /** Forgets its timer without sending anything: the client is gone. */
  dispose(): void;
}

/**
 * Turns keystrokes into few typing events: "typing" at most once per `everyMs` while keys keep coming (the
 * server forgets an indicator nobody renews), and "stopped" once, after `idleMs` without a key or at once on `stop`.
 */
export function createTypingSender(send: (on: boolean) => void, everyMs: number, idleMs: number): TypingSender {
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
      idle = setTimeout(stop, idleMs);
      if (sentAt !== undefined && Date.now() - sentAt < everyMs) return;
      sentAt = Date.now();
      send(true);
    },
    stop,
    dispose: () => clearTimeout(idle),
  };
}
