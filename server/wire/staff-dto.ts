import type { InboxItem, LeadDeliveryView, ShopperContext, StaffNote } from '../../sdk/protocol/index.js';
import { activityAt, inboxState } from '../store/inbox-query.js';
import type { ConversationRecord, LeadRecord, NoteRecord, OutboxJobRecord, OutboxKind, VisitorRecord } from '../store/records.js';
import { toEscalationView, toHolder } from './handoff-dto.js';

export interface InboxItemParts {
  visitor: VisitorRecord | null;
  lead: LeadRecord | null;
  /** When the staff member reading it last opened the conversation. */
  readAt: Date | undefined;
  activeSince: Date;
}

/** A visitor seen before this conversation began: they came back. */
function returning(record: ConversationRecord, visitor: VisitorRecord | null): boolean {
  return visitor !== null && visitor.createdAt < record.createdAt;
}

/** True when the shopper wrote after the staff member last opened the conversation (or never opened it). */
function unread(record: ConversationRecord, readAt: Date | undefined): boolean {
  const visitorAt = record.activity?.visitorAt;
  return visitorAt !== undefined && (readAt === undefined || visitorAt > readAt);
}

/** One inbox row: only the phone's last four digits, the shopper's words as text (the console renders text). */
export function toInboxItem(record: ConversationRecord, parts: InboxItemParts): InboxItem {
  const { facts } = record;
  // What the shopper said in the chat first; else the name the host page gave with a proven identity (an
  // unproven `identify` is anyone's claim, so its name stays off the row).
  const proven = parts.visitor?.externalId ? parts.visitor.supplied.name : undefined;
  const name = [facts.firstName, facts.lastName].filter(Boolean).join(' ') || proven;
  const digits = facts.phone?.replace(/\D/g, '') ?? '';
  const last = record.activity?.last;
  const { holder, escalation } = record.handoff ?? {};
  return {
    conversationId: record.id,
    siteId: record.siteId,
    state: inboxState(record, parts.activeSince),
    unread: unread(record, parts.readAt),
    visitor: {
      ...(name && { name }),
      ...(digits.length >= 4 && { phoneLast4: digits.slice(-4) }),
      ...(facts.email && { email: facts.email }),
      returning: returning(record, parts.visitor),
      identified: Boolean(parts.visitor?.externalId),
    },
    ...(facts.vehicle && { vehicle: facts.vehicle.text }),
    ...(last && { lastMessage: { role: last.role, text: last.text, at: last.at.toISOString() } }),
    messageCount: record.activity?.count ?? 0,
    ...(parts.lead && { lead: { id: parts.lead.id, stage: parts.lead.pipeline?.stage ?? 'new' } }),
    lastActivityAt: activityAt(record).toISOString(),
    createdAt: record.createdAt.toISOString(),
    ...(holder && { holder: toHolder(holder) }),
    ...(escalation && { escalation: toEscalationView(escalation) }),
  };
}

export function toStaffNote(note: NoteRecord): StaffNote {
  return { id: note.id, conversationId: note.conversationId, author: note.author, text: note.text, createdAt: note.createdAt.toISOString() };
}

const KINDS: Record<OutboxKind, LeadDeliveryView['kind']> = { 'email.lead': 'email', 'email.adf': 'adf', webhook: 'webhook' };

export function toDeliveryView(job: OutboxJobRecord): LeadDeliveryView {
  return {
    id: job.id,
    kind: KINDS[job.kind],
    event: job.event,
    status: job.status,
    attempts: job.attempts,
    ...(job.lastError && { lastError: job.lastError }),
    ...(job.deliveredAt && { deliveredAt: job.deliveredAt.toISOString() }),
    retryable: job.status === 'failed',
  };
}

/** Where the shopper came from and what they looked at; pages newest first. */
export function toShopperContext(record: ConversationRecord, visitor: VisitorRecord | null): ShopperContext {
  const { page, referrer, utm } = record.source;
  return {
    ...(page && { landingPage: page }),
    ...(referrer && { referrer }),
    ...(utm && { utm }),
    pagesViewed: [...(visitor?.pages ?? [])].reverse().map((view) => ({ url: view.url, ...(view.title && { title: view.title }), at: view.at.toISOString() })),
    returning: returning(record, visitor),
    identified: Boolean(visitor?.externalId),
    locale: record.locale,
    firstSeenAt: (visitor?.createdAt ?? record.createdAt).toISOString(),
  };
}
