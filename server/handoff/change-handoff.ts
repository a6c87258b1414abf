import { AppError } from '../errors/app-error.js';
import type { ConversationRecord, HandoffRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { currentHandoff } from './handoff-log.js';

const TRIES = 5;

/** What `decide` wants: a new handoff (without its version), or none (nothing to change), and its answer. */
export type HandoffDecision<T> = { next?: Omit<HandoffRecord, 'version'>; result: T };

/**
 * Every write of a conversation's handoff: read it, decide, swap it over the version read; when another write
 * came first, read again and decide again. `decide` throws to refuse (CONFLICT, FORBIDDEN).
 */
export async function changeHandoff<T>(
  store: Store,
  conversationId: string,
  decide: (conversation: ConversationRecord, handoff: HandoffRecord) => HandoffDecision<T>,
): Promise<{ result: T; conversation: ConversationRecord; changed: boolean }> {
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const conversation = await store.conversations.byId(conversationId);
    if (!conversation) throw new AppError('NOT_FOUND', 'No such conversation.');
    const handoff = currentHandoff(conversation);
    const { next, result } = decide(conversation, handoff);
    if (!next) return { result, conversation, changed: false };
    const swapped = await store.conversations.swapHandoff(conversationId, handoff.version, { ...next, version: handoff.version + 1 });
    if (swapped) return { result, conversation: swapped, changed: true };
  }
  throw new AppError('CONFLICT', 'The conversation changed several times meanwhile. Try again.');
}
