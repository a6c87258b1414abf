import { activityAt, matchesInbox, type InboxStoreQuery, type InboxView } from '../inbox-query.js';
import type { ConversationRecord } from '../records.js';

const LAST_ID = '\uffff';

interface Entry {
  id: string;
  at: number;
  view: InboxView;
  /** The search terms joined, each after a newline: one native substring test rules most rows out. */
  joined: string;
}

/** True when `a` lists before `b`: newer first, then the greater id. */
function before(a: { at: number; id: string }, b: { at: number; id: string }): boolean {
  return a.at > b.at || (a.at === b.at && a.id > b.id);
}

/** The first position in `list` whose entry does not list before `key`. */
function position(list: Entry[], key: { at: number; id: string }): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(list[mid] as Entry, key)) low = mid + 1;
    else high = mid;
  }
  return low;
}

function entryOf(record: ConversationRecord): Entry {
  const { leadId, searchTerms, activity, updatedAt } = record;
  const status = record.handoff?.escalation?.status;
  return {
    id: record.id,
    at: activityAt(record).getTime(),
    view: { leadId, searchTerms, activity, updatedAt, ...(status && { handoff: { escalation: { status } } }) },
    joined: (searchTerms ?? []).map((term) => `\n${term}`).join(''),
  };
}

/** Every token starts some term only if the joined terms hold `\n` + token: a quick necessary test. */
function mayMatch(entry: Entry, tokens: string[] | undefined): boolean {
  return tokens === undefined || tokens.every((token) => entry.joined.includes(`\n${token}`));
}

/**
 * The inbox order of the embedded store, kept in memory beside nedb: per site, the conversations sorted by
 * last activity. nedb has no sorted index: a page would sort every conversation of the site (over half a second at
 * 100,000; see bench/inbox.ts), where this finds the cursor by binary search and walks to the page's end.
 * Filters walk the same list, so a rare match costs one pass over the site's slim entries, never a sort.
 */
export function createInboxIndex() {
  const sites = new Map<string, Entry[]>();
  const where = new Map<string, { siteId: string; entry: Entry }>();

  function remove(id: string): void {
    const found = where.get(id);
    if (!found) return;
    const list = sites.get(found.siteId) ?? [];
    const at = position(list, found.entry);
    if (list[at] === found.entry) list.splice(at, 1);
    where.delete(id);
  }

  return {
    /** Fills the index at open in one sort, rather than one insertion per conversation. */
    load(records: Iterable<ConversationRecord>): void {
      for (const record of records) {
        const entry = entryOf(record);
        let list = sites.get(record.siteId);
        if (!list) sites.set(record.siteId, (list = []));
        list.push(entry);
        where.set(record.id, { siteId: record.siteId, entry });
      }
      for (const list of sites.values()) list.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    },
    put(record: ConversationRecord): void {
      remove(record.id);
      const entry = entryOf(record);
      let list = sites.get(record.siteId);
      if (!list) sites.set(record.siteId, (list = []));
      list.splice(position(list, entry), 0, entry);
      where.set(record.id, { siteId: record.siteId, entry });
    },
    remove,
    /** The ids of one page, in order. */
    page(query: InboxStoreQuery): string[] {
      const list = sites.get(query.siteId) ?? [];
      const afterCursor = query.after ? position(list, { at: query.after.at.getTime(), id: query.after.id }) : 0;
      // Everything at or after `to` lists before the last id of the millisecond before it.
      const beforeTo = query.to ? position(list, { at: query.to.getTime() - 1, id: LAST_ID }) : 0;
      // A conversation is only as recent as its last message: none older than the window can be `active`.
      const from = Math.max(query.from?.getTime() ?? -Infinity, query.state === 'active' ? query.activeSince.getTime() : -Infinity);
      const ids: string[] = [];
      for (let i = Math.max(afterCursor, beforeTo); i < list.length && ids.length < query.limit; i++) {
        const entry = list[i] as Entry;
        if (entry.at < from) break;
        if (query.after && entry.id === query.after.id) continue;
        if (mayMatch(entry, query.tokens) && matchesInbox(entry.view, query)) ids.push(entry.id);
      }
      return ids;
    },
  };
}

export type InboxIndex = ReturnType<typeof createInboxIndex>;
