import type { InboxItem, InboxPage, InboxState } from '../../sdk/protocol/index.js';
import { activityAt } from '../store/inbox-query.js';
import { searchWords } from '../store/search-terms.js';
import type { ConversationRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { toInboxItem } from '../wire/staff-dto.js';
import { decodeCursor, encodeCursor } from './inbox-cursor.js';

/** The shopper wrote this recently: the conversation is `active` (docs/staff-api.md). */
export const ACTIVE_WINDOW_MS = 5 * 60_000;

const MAX_SEARCH_WORDS = 8;

export interface InboxRequest {
  siteId: string;
  staffId: string;
  state?: InboxState;
  hasLead?: boolean;
  from?: Date;
  to?: Date;
  q?: string;
  cursor?: string;
  limit: number;
  now: Date;
}

/** Inbox rows for one staff member: each with its lead's stage and whether this person has read it. */
export async function toInboxItems(store: Store, records: ConversationRecord[], staffId: string, now: Date): Promise<InboxItem[]> {
  const activeSince = new Date(now.getTime() - ACTIVE_WINDOW_MS);
  const [marks, visitors, leads] = await Promise.all([
    records.length > 0 ? store.readMarks.forStaff(staffId, records.map((record) => record.id)) : [],
    Promise.all(records.map((record) => store.visitors.byId(record.visitorId))),
    Promise.all(records.map((record) => (record.leadId ? store.leads.byId(record.leadId) : null))),
  ]);
  const readAt = new Map(marks.map((mark) => [mark.conversationId, mark.at]));
  return records.map((record, i) =>
    toInboxItem(record, { visitor: visitors[i] ?? null, lead: leads[i] ?? null, readAt: readAt.get(record.id), activeSince }),
  );
}

/**
 * One page of a site's inbox, newest activity first. The search splits `q` into words as the store split the
 * shopper's facts; every word must start one of the conversation's terms.
 */
export async function listInbox(store: Store, request: InboxRequest): Promise<InboxPage> {
  const { siteId, staffId, now, limit } = request;
  const tokens = request.q ? searchWords(request.q).slice(0, MAX_SEARCH_WORDS) : [];
  const records = await store.conversations.inbox({
    siteId,
    state: request.state,
    activeSince: new Date(now.getTime() - ACTIVE_WINDOW_MS),
    hasLead: request.hasLead,
    from: request.from,
    to: request.to,
    ...(tokens.length > 0 && { tokens }),
    after: request.cursor ? decodeCursor(request.cursor) : undefined,
    limit: limit + 1,
  });
  const page = records.slice(0, limit);
  const last = page.at(-1);
  const items = await toInboxItems(store, page, staffId, now);
  return {
    items,
    ...(records.length > limit && last && { nextCursor: encodeCursor({ at: activityAt(last), id: last.id }) }),
  };
}

/** The staff member opened the conversation now: nothing the shopper wrote so far is unread for them. */
export function markRead(store: Store, conversation: ConversationRecord, staffId: string, now: Date): Promise<void> {
  return store.readMarks.mark({ siteId: conversation.siteId, staffId, conversationId: conversation.id, at: now });
}
