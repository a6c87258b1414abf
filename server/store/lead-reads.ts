import { leadListFilter, recentByContactFilter, withPendingJobsFilter } from './lead-queries.js';
import type { RecordFinder } from './record-finder.js';
import type { LeadRecord } from './records.js';
import type { LeadRepo } from './store.js';

/** Shared by both adapters, so they cannot drift apart on what a read matches or in what order it returns. */
export function leadReads(
  find: RecordFinder<LeadRecord>,
): Pick<LeadRepo, 'byId' | 'findRecentByContact' | 'list' | 'withPendingJobs' | 'listByVisitor' | 'withUpdatesDue'> {
  return {
    byId: (id) => find.one({ _id: id }),
    async findRecentByContact(siteId, contact, since) {
      const filter = recentByContactFilter(siteId, contact, since);
      return filter ? find.one(filter, { createdAt: -1 }) : null;
    },
    list: (query) => find.many(leadListFilter(query), { updatedAt: -1 }, query.limit),
    withPendingJobs: (limit) => find.many(withPendingJobsFilter(), { updatedAt: 1 }, limit),
    listByVisitor: (visitorId) => find.many({ visitorId }, { createdAt: 1 }),
    withUpdatesDue: (changedBefore, limit) => find.many({ 'pendingUpdate.lastChangeAt': { $lte: changedBefore } }, { updatedAt: 1 }, limit),
  };
}
