import { signal } from '@preact/signals';
import type { InboxItem, InboxQuery } from '../../sdk/protocol/index.js';
import { toApiError, type ApiError } from '../api/api-error.js';
import type { StaffApi } from '../api/staff-api.js';
import { withHandoff, type HandoffChange } from './handoff.js';
import { dayStart } from './local-day.js';

export type InboxFilter = 'all' | 'hasLead' | 'waiting';

export interface InboxFilters {
  filter: InboxFilter;
  q: string;
  /** `YYYY-MM-DD`, local day; empty when unset. */
  from: string;
  to: string;
}

export const NO_FILTERS: InboxFilters = { filter: 'all', q: '', from: '', to: '' };
const PAGE_SIZE = 50;

/** No filter, search or date range: the whole inbox. */
export const unfiltered = (filters: InboxFilters) => filters.filter === 'all' && !filters.q.trim() && !filters.from && !filters.to;

export function toQuery(filters: InboxFilters): InboxQuery {
  return {
    hasLead: filters.filter === 'hasLead' ? true : undefined,
    state: filters.filter === 'waiting' ? 'waiting' : undefined,
    q: filters.q.trim() || undefined,
    from: dayStart(filters.from),
    // The "to" day is included: the query's bound is exclusive, so it is the next day's start.
    to: dayStart(filters.to, 1),
  };
}

/** Whether a pushed row belongs in the list the filters show (search is the server's to judge). */
function matches(item: InboxItem, query: InboxQuery): boolean {
  if (query.hasLead && !item.lead) return false;
  if (query.state && item.state !== query.state) return false;
  if (query.from && item.lastActivityAt < query.from) return false;
  if (query.to && item.lastActivityAt >= query.to) return false;
  return true;
}

const newestFirst = (a: InboxItem, b: InboxItem) => b.lastActivityAt.localeCompare(a.lastActivityAt);

/** The inbox list: filters, pages fetched so far, live rows from the staff socket. */
export function createInboxState(api: StaffApi, siteId: () => string | undefined) {
  const items = signal<InboxItem[]>([]);
  const filters = signal<InboxFilters>(NO_FILTERS);
  const nextCursor = signal<string | undefined>(undefined);
  const loading = signal(false);
  const error = signal<ApiError | undefined>(undefined);
  let generation = 0;

  async function fetchPage(reset: boolean) {
    const site = siteId();
    if (!site) return;
    const mine = reset ? ++generation : generation;
    loading.value = true;
    error.value = undefined;
    try {
      const page = await api.inbox(site, { ...toQuery(filters.value), cursor: reset ? undefined : nextCursor.value, limit: PAGE_SIZE });
      if (mine !== generation) return;
      const known = new Set(reset ? [] : items.value.map((i) => i.conversationId));
      items.value = reset ? page.items : [...items.value, ...page.items.filter((i) => !known.has(i.conversationId))];
      nextCursor.value = page.nextCursor;
    } catch (failure) {
      if (mine === generation) error.value = toApiError(failure);
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  /** A row pushed by the staff socket replaces the old one and moves to its place by last activity. */
  function upsert(item: InboxItem) {
    if (item.siteId !== siteId()) return;
    const query = toQuery(filters.value);
    const present = items.value.some((i) => i.conversationId === item.conversationId);
    const rest = items.value.filter((i) => i.conversationId !== item.conversationId);
    const belongs = matches(item, query) && (present || !query.q);
    items.value = belongs ? [...rest, item].sort(newestFirst) : rest;
  }

  return {
    items,
    filters,
    nextCursor,
    loading,
    error,
    reload: () => fetchPage(true),
    loadMore: () => (nextCursor.value && !loading.value ? fetchPage(false) : Promise.resolve()),
    setFilters(patch: Partial<InboxFilters>) {
      filters.value = { ...filters.value, ...patch };
      return fetchPage(true);
    },
    upsert,
    /** Taken over, handed back or escalated: the row shows it at once, where the filters still want it. */
    handoff(change: HandoffChange) {
      const known = items.value.find((i) => i.conversationId === change.conversationId);
      if (known) upsert(withHandoff(known, change));
    },
    markedRead(conversationId: string) {
      items.value = items.value.map((i) => (i.conversationId === conversationId && i.unread ? { ...i, unread: false } : i));
    },
  };
}

export type InboxState = ReturnType<typeof createInboxState>;
