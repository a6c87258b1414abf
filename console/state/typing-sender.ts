/** At most one `on` per this many ms while the holder keeps typing: the shopper's indicator needs no more. */
export const TYPING_REPEAT_MS = 3_000;
/** Quiet this long and the shopper is told the holder stopped. */
export const TYPING_IDLE_MS = 4_000;

export interface TypingSender {
  /** A keystroke in the composer. */
  typed(): void;
  /** Sent, cleared, or the composer went away: say `off` now if `on` was said. */
  stop(): void;
}

/**
 * Turns keystrokes into few `conversation:typing` events: `on` at the first keystroke and again at most every 3 s
 * while typing goes on, `off` after 4 s without a keystroke or at once on send.
 *
 * @example
 * const typing = typingSender((on) => socket.typing(conversationId, on));
 * textarea.oninput = () => typing.typed();
 */
export function typingSender(send: (on: boolean) => void, now: () => number = Date.now): TypingSender {
  let lastOn: number | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;
  function stop() {
    if (idle) clearTimeout(idle);
    idle = undefined;
    if (lastOn === undefined) return;
    lastOn = undefined;
    send(false);
  }
  return {
    typed() {
      const at = now();
      if (lastOn === undefined || at - lastOn >= TYPING_REPEAT_MS) {
        lastOn = at;
        send(true);
      }
      if (idle) clearTimeout(idle);
      idle = setTimeout(stop, TYPING_IDLE_MS);
    },
    stop,
  };
}
