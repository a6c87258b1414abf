import { v7 as uuidv7 } from 'uuid';
import type { ConversationRecord } from '../store/records.js';
import type { HandoffDeps } from './handoff-deps.js';

/**
 * The audit entry of a takeover or hand-back. The handoff is swapped already: a failed audit write is logged
 * rather than undoing what the shopper was told.
 */
export async function auditHandoff(
  deps: HandoffDeps,
  conversation: ConversationRecord,
  action: 'conversation.taken_over' | 'conversation.handed_back',
  staffId: string,
  at: Date,
): Promise<void> {
  try {
    await deps.store.audit.insert({ id: uuidv7(), siteId: conversation.siteId, action, subject: conversation.id, counts: {}, staffId, at });
  } catch (error) {
    deps.logger.error({ err: error, conversationId: conversation.id, action }, 'handoff audit entry not written');
  }
}
