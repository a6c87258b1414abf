import { v7 } from 'uuid';
import { upgradeLead } from '../lead-reads.js';
import type {
  AuditRecord,
  ConversationRecord,
  HandoffRecord,
  LeadRecord,
  MessageRecord,
  OutboxJobRecord,
  SiteRecord,
  VisitorRecord,
} from '../records.js';

/** Records for the contract: complete, with distinct Dates, each overridable. */

export const T0 = new Date('2025-03-01T10:00:00.000Z');

export function minutesAfter(minutes: number, from: Date = T0): Date {
  return new Date(from.getTime() + minutes * 60_000);
}

export function makeSite(overrides: Partial<SiteRecord> = {}): SiteRecord {
  const id = v7();
  return {
    id,
    name: 'Sunrise Motors',
    publicKey: `pk_${id}`,
    secretKeyHash: `hash_${id}`,
    identitySecret: `identity_${id}`,
    allowedOrigins: ['https://sunrise.example', 'http://localhost:*'],
    persona: { name: 'Cathy', greeting: 'Hi! Looking for a car?', tone: 'warm' },
    theme: { accent: '#0a7', position: 'right' },
    leadRecipients: ['sales@sunrise.example'],
    adfRecipients: [],
    timezone: 'America/Chicago',
    businessHours: { mon: { open: '09:00', close: '18:00' } },
    defaultCountry: 'US',
    locale: 'en',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function makeVisitor(siteId: string, overrides: Partial<VisitorRecord> = {}): VisitorRecord {
  return {
    id: v7(),
    siteId,
    createdAt: T0,
    lastSeenAt: T0,
    supplied: {},
    doNotContact: false,
    pages: [],
    ...overrides,
  };
}

export function makeConversation(
  visitor: VisitorRecord,
  overrides: Partial<ConversationRecord> = {},
): ConversationRecord {
  return {
    id: v7(),
    siteId: visitor.siteId,
    visitorId: visitor.id,
    status: 'open',
    locale: 'en',
    source: { page: { url: 'https://sunrise.example/inventory' } },
    facts: {},
    state: { turn: 0, phoneAsks: 0, declinedPhone: false, optedOut: false, humanRequested: false },
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** A handoff whose escalation waits for a person until `deadline`. */
export function waitingHandoff(at: Date = T0, deadline: Date = minutesAfter(1, at)): HandoffRecord {
  return {
    version: 1,
    escalation: { reason: 'asked', status: 'waiting', at, deadline },
    log: [{ kind: 'escalated', at, reason: 'asked' }],
  };
}

export function makeMessage(conversation: ConversationRecord, overrides: Partial<MessageRecord> = {}): MessageRecord {
  const id = overrides.id ?? v7();
  return {
    id,
    seq: id,
    conversationId: conversation.id,
    siteId: conversation.siteId,
    visitorId: conversation.visitorId,
    role: 'visitor',
    text: 'Do you have a 2019 CR-V?',
    createdAt: T0,
    ...overrides,
  };
}

/** A lead of one conversation, whose `conversations` entry says what the top says unless given. */
export function makeLead(conversation: ConversationRecord, overrides: Partial<LeadRecord> = {}): LeadRecord {
  return upgradeLead({
    id: v7(),
    siteId: conversation.siteId,
    visitorId: conversation.visitorId,
    conversationId: conversation.id,
    status: 'new',
    doNotContact: false,
    version: 1,
    contact: { name: 'Ana Diaz', phone: '+13125550142', email: 'ana@example.com' },
    interest: { vehicle: '2019 Honda CR-V', year: 2019, make: 'Honda', model: 'CR-V' },
    consent: {
      level: 'express_written',
      text: 'By sharing your number you agree to be contacted.',
      shownAt: minutesAfter(1),
      givenAt: minutesAfter(2),
      messageId: v7(),
      phone: '+13125550142',
    },
    source: { page: { url: 'https://sunrise.example/inventory' } },
    language: 'en',
    summary: 'Wants a 2019 CR-V',
    delivery: { status: 'pending', updatedAt: minutesAfter(2) },
    pendingJobs: [],
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  });
}

export function makeJob(lead: LeadRecord, overrides: Partial<OutboxJobRecord> = {}): OutboxJobRecord {
  const kind = overrides.kind ?? 'email.lead';
  return {
    id: `${lead.id}:${lead.version}:${kind}`,
    siteId: lead.siteId,
    leadId: lead.id,
    visitorId: lead.visitorId,
    kind,
    event: 'lead.created',
    leadVersion: lead.version,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: T0,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function makeAudit(siteId: string, overrides: Partial<AuditRecord> = {}): AuditRecord {
  return { id: v7(), siteId, action: 'visitor.erased', subject: v7(), counts: { messages: 3 }, at: T0, ...overrides };
}
