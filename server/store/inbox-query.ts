import type { InboxState } from '../../sdk/protocol/index.js';
import type { ConversationRecord, EscalationRecord } from './records.js';

/** The part of a conversation the inbox filters and orders by. */
export type InboxView = Pick<ConversationRecord, 'leadId' | 'searchTerms' | 'activity' | 'updatedAt'> & {
  handoff?: { escalation?: Pick<EscalationRecord, 'status'> };
};

/**
 * One inbox page as both adapters answer it. Order: `activity.at` newest first, then id (newest first), so
 * a cursor `after` names an exact place even when two conversations share a time.
 */
export interface InboxStoreQuery {
  siteId: string;
  state?: InboxState;
  /** The shopper wrote at or after this: the conversation is `active` (unless waiting). */
  activeSince: Date;
  hasLead?: boolean;
  /** Last activity at or after. */
  from?: Date;
  /** Last activity before. */
  to?: Date;
  /** Lowercased tokens; each must be the start of one of the conversation's `searchTerms`. */
  tokens?: string[];
  /** The last row of the previous page. */
  after?: { at: Date; id: string };
  limit: number;
}

/** When a conversation stored before the inbox existed was last active, until the boot backfill sets it. */
export function activityAt(record: InboxView): Date {
  return record.activity?.at ?? record.updatedAt;
}

/** A shopper waits for a person: the conversation's escalation is still `waiting` (see docs/architecture.md, Escalation). */
export function waitingForPerson(record: Pick<InboxView, 'handoff'>): boolean {
  return record.handoff?.escalation?.status === 'waiting';
}

/**
 * The one definition of the inbox states, most urgent first: a shopper whose escalation waits for a person is
 * `waiting` whatever else holds; a shopper writing now is `active`; then `lead`; else `quiet`. The mongo adapter
 * writes the same rules as a filter (mongo/inbox-filter.ts); the store contract holds both to it.
 */
export function inboxState(record: InboxView, activeSince: Date): InboxState {
  if (waitingForPerson(record)) return 'waiting';
  const visitorAt = record.activity?.visitorAt;
  if (visitorAt && visitorAt >= activeSince) return 'active';
  if (record.leadId) return 'lead';
  return 'quiet';
}

/**
 * The `activity` update for one stored message, the same in both databases: the newest time wins (a reply
 * stored after a later visitor message does not move the conversation back), the count goes up by one.
 */
export function activityUpdate(message: NonNullable<ConversationRecord['activity']>['last'] & object) {
  return {
    $max: {
      'activity.at': message.at,
      ...(message.role === 'visitor' && { 'activity.visitorAt': message.at }),
      ...(message.role === 'agent' && { 'activity.agentAt': message.at }),
    },
    $inc: { 'activity.count': 1 },
    $set: { 'activity.last': message },
  };
}

/**
 * Whether the shopper has written: a widget opened and closed again leaves Cathy's greeting alone, which is no
 * conversation for the sales floor. One stored before the inbox existed counts until the boot backfill tells.
 */
export function shopperWrote(record: Pick<InboxView, 'activity'>): boolean {
  return !record.activity || record.activity.visitorAt !== undefined;
}

/** Whether a conversation of the query's site belongs on its page, apart from the cursor. */
export function matchesInbox(record: InboxView, query: InboxStoreQuery): boolean {
  if (!shopperWrote(record)) return false;
  if (query.state && inboxState(record, query.activeSince) !== query.state) return false;
  if (query.hasLead !== undefined && Boolean(record.leadId) !== query.hasLead) return false;
  const at = activityAt(record);
  if (query.from && at < query.from) return false;
  if (query.to && at >= query.to) return false;
  const terms = record.searchTerms ?? [];
  return (query.tokens ?? []).every((token) => terms.some((term) => term.startsWith(token)));
}
