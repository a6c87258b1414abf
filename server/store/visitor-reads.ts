import type { RecordFinder } from './record-finder.js';
import type { VisitorRecord } from './records.js';
import type { VisitorRepo } from './store.js';

/** Shared by both adapters, so they cannot drift apart on what a read matches or in what order it returns. */
export function visitorReads(find: RecordFinder<VisitorRecord>): Pick<VisitorRepo, 'byId' | 'firstByExternalId' | 'listByCustomer'> {
  return {
    byId: (id) => find.one({ _id: id }),
    firstByExternalId: (siteId, externalId) => find.one({ siteId, externalId }, { createdAt: 1 }),
    listByCustomer: (siteId, customerId) => find.many({ siteId, customerId }, { createdAt: 1 }),
  };
}
