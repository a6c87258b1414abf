/** One reply Cathy is writing: the signal her turn reads, and `finish` once it is stored or dropped. */
export interface RunningReply {
  signal: AbortSignal;
  finish(): void;
}

/**
 * The replies being written in this process, per conversation, so a takeover stops the one in flight at once
 * (docs/architecture.md, "Live takeover"). The signal's listeners run synchronously inside `abort`: what they
 * publish (`message:cancelled`) reaches the shopper before what the caller publishes next (`agent:joined`).
 */
export interface ReplyAborts {
  start(conversationId: string): RunningReply;
  /** Stops every reply being written for the conversation; how many there were. */
  abort(conversationId: string): number;
}

export function createReplyAborts(): ReplyAborts {
  const running = new Map<string, Set<AbortController>>();
  return {
    start(conversationId) {
      const controller = new AbortController();
      const mine = running.get(conversationId) ?? new Set<AbortController>();
      mine.add(controller);
      running.set(conversationId, mine);
      return {
        signal: controller.signal,
        finish() {
          mine.delete(controller);
          if (mine.size === 0 && running.get(conversationId) === mine) running.delete(conversationId);
        },
      };
    },
    abort(conversationId) {
      const mine = running.get(conversationId);
      running.delete(conversationId);
      for (const controller of mine ?? []) controller.abort();
      return mine?.size ?? 0;
    },
  };
}
