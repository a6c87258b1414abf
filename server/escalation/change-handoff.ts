import type { ConversationRecord, HandoffLogRecord, HandoffRecord } from '../store/records.js';
import type { Store } from '../store/store.js';

/** Tries before giving up on a conversation whose handoff others keep changing. */
const MAX_TRIES = 5;
/** The trail keeps its newest entries (see `HandoffRecord.log`). */
const LOG_KEPT = 200;

/** The trail with `entries` added, oldest first, the newest kept. */
export function withLog(log: readonly HandoffLogRecord[] | undefined, ...entries: HandoffLogRecord[]): HandoffLogRecord[] {
  return [...(log ?? []), ...entries].slice(-LOG_KEPT);
}

/**
 * Reads the conversation, lets `decide` say what its handoff becomes (null: leave it), and writes that over the
 * version read (`swapHandoff`); when another write came first, reads and decides again. Null when `decide`
 * declined or the conversation is gone.
 */
export async function changeHandoff(
  store: Store,
  conversationId: string,
  decide: (conversation: ConversationRecord) => Omit<HandoffRecord, 'version'> | null,
): Promise<ConversationRecord | null> {
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    const conversation = await store.conversations.byId(conversationId);
    if (!conversation) return null;
    const next = decide(conversation);
    if (!next) return null;
    const version = conversation.handoff?.version ?? 0;
    const stored = await store.conversations.swapHandoff(conversationId, version, { ...next, version: version + 1 });
    if (stored) return stored;
  }
  throw new Error(`The handoff of conversation ${conversationId} changed ${MAX_TRIES} times while it was written`);
}
