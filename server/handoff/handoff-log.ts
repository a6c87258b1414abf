import type { ConversationRecord, HandoffHolderRecord, HandoffLogRecord, HandoffRecord } from '../store/records.js';

/** The newest entries a conversation keeps (records.ts, `HandoffRecord.log`). */
export const LOG_KEPT = 200;

export function currentHandoff(conversation: Pick<ConversationRecord, 'handoff'>): HandoffRecord {
  return conversation.handoff ?? { version: 0, log: [] };
}

export function holderOf(conversation: Pick<ConversationRecord, 'handoff'>): HandoffHolderRecord | undefined {
  return conversation.handoff?.holder;
}

export function withEntry(log: HandoffLogRecord[], entry: HandoffLogRecord): HandoffLogRecord[] {
  return [...log, entry].slice(-LOG_KEPT);
}

/**
 * A visitor message stored at `at` belongs to a person rather than to Cathy: someone holds the chat now, or a
 * takeover was handed back after it was stored (it came while they held it, or they took over before Cathy
 * answered it). The unanswered-message sweep leaves such messages alone.
 */
export function answeredByPerson(conversation: Pick<ConversationRecord, 'handoff'>, at: Date): boolean {
  const handoff = conversation.handoff;
  if (!handoff) return false;
  if (handoff.holder) return true;
  return handoff.log.some((entry) => entry.kind === 'handed_back' && entry.at >= at);
}

/** The first name shoppers see: staff accounts hold a full name. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}
