import type { Lead } from '../../sdk/protocol/index.js';
import type { ConversationRecord, LeadRecord, MessageRecord } from '../store/records.js';
import { toChatMessage } from '../conversation/message-dto.js';

/** The API form of a lead: ISO dates, no internal bookkeeping. */
export function toLead(record: LeadRecord): Lead {
  const { pendingJobs: _jobs, pendingUpdate: _update, updatesSent: _sent, lastChanges: _changes, consent, delivery, createdAt, updatedAt, ...rest } = record;
  return {
    ...rest,
    consent: { ...consent, shownAt: consent.shownAt.toISOString(), givenAt: consent.givenAt.toISOString() },
    delivery: { status: delivery.status, updatedAt: delivery.updatedAt.toISOString() },
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}

export function toConversation(record: ConversationRecord, messages: MessageRecord[]) {
  return {
    id: record.id,
    siteId: record.siteId,
    visitorId: record.visitorId,
    status: record.status,
    locale: record.locale,
    source: record.source,
    facts: record.facts,
    leadId: record.leadId ?? null,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    messages: messages.map(toChatMessage),
  };
}
