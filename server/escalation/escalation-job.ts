import type { EscalationJobRecord, EscalationRecord } from '../store/records.js';

/** The `conversation.escalated` webhook job of one escalation; the same id however often it is written. */
export function escalationJob(input: { siteId: string; conversationId: string; messageId: string; escalation: EscalationRecord; now: Date }): EscalationJobRecord {
  const { escalation, now } = input;
  return {
    id: `escalation:${input.conversationId}:${escalation.at.getTime()}`,
    siteId: input.siteId,
    conversationId: input.conversationId,
    messageId: input.messageId,
    kind: 'webhook.escalation',
    event: 'conversation.escalated',
    reason: escalation.reason,
    at: escalation.at,
    deadline: escalation.deadline,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
    updatedAt: now,
  };
}
