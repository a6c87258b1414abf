import type { Lead, LeadConsent } from '../../sdk/protocol/index.js';
import type { ConsentEntry, ConsentRecord, ConversationRecord, LeadRecord, MessageRecord } from '../store/records.js';
import { toEscalationView, toHandoffEvent, toHolder } from './handoff-dto.js';
import { toChatMessage } from './message-dto.js';

function toConsentEntry({ shownAt, givenAt, revokedAt, ...rest }: ConsentEntry): Omit<LeadConsent, 'earlier'> {
  return { ...rest, shownAt: shownAt.toISOString(), givenAt: givenAt.toISOString(), ...(revokedAt ? { revokedAt: revokedAt.toISOString() } : {}) };
}

function toConsent({ earlier, ...entry }: ConsentRecord): LeadConsent {
  return { ...toConsentEntry(entry), ...(earlier?.length ? { earlier: earlier.map(toConsentEntry) } : {}) };
}

/** The API form of a lead: ISO dates, no internal bookkeeping. */
export function toLead(record: LeadRecord): Lead {
  const { pendingJobs: _jobs, pendingUpdate: _update, updatesSent: _sent, lastChanges: _changes, consent, conversations, delivery, createdAt, updatedAt, pipeline, ...rest } =
    record;
  return {
    ...rest,
    pipeline: pipeline ? { ...pipeline, changedAt: pipeline.changedAt.toISOString() } : { stage: 'new' },
    consent: toConsent(consent),
    conversations: conversations.map((entry) => ({ ...entry, consent: toConsent(entry.consent), joinedAt: entry.joinedAt.toISOString() })),
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
    handoff: {
      ...(record.handoff?.holder ? { holder: toHolder(record.handoff.holder) } : {}),
      ...(record.handoff?.escalation ? { escalation: toEscalationView(record.handoff.escalation) } : {}),
      events: (record.handoff?.log ?? []).map(toHandoffEvent),
    },
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    messages: messages.map(toChatMessage),
  };
}
