import { isErrorResponse, type ChatMessage } from '../protocol/index.js';
import type { ClientStore } from './client-store.js';
import type { Transport } from './transport.js';

/** Bounds one catch-up: 50 pages of 100 messages is far past any real conversation. */
const MAX_PAGES = 50;

export interface GapFiller {
  /** A new conversation's history was shown: it is contiguous up to its last message. */
  reset(history: readonly ChatMessage[]): void;
  /**
   * `messages:since` the last message known to be contiguous with the store, page by page until
   * `hasMore` is false. Live events may have shown later messages already (a reply whose question
   * came from another tab); the pages slot in before them. When the server no longer knows the
   * anchor, `history` (the session's) replaces what is shown.
   */
  fill(transport: Transport, stillCurrent: () => boolean, history?: ChatMessage[]): Promise<void>;
}

export function createGapFiller(store: ClientStore): GapFiller {
  let cursor: string | undefined;
  const reset = (history: readonly ChatMessage[]) => {
    cursor = history.at(-1)?.id;
  };
  return {
    reset,
    async fill(transport, stillCurrent, history) {
      for (let page = 0; page < MAX_PAGES; page++) {
        const after = cursor;
        const result = await transport.since(after ? { after } : {});
        if (!stillCurrent()) return;
        if (isErrorResponse(result)) {
          if (result.error.code === 'NOT_FOUND' && history) {
            store.update({ messages: history });
            reset(history);
          }
          return;
        }
        store.addRun(after, result.messages);
        const last = result.messages.at(-1);
        if (last) cursor = last.id;
        if (!result.hasMore || !last) return;
      }
    },
  };
}
