import type Datastore from '@seald-io/nedb';
import { leadListFilter, recentByContactFilter, withPendingJobsFilter } from '../lead-queries.js';
import type { LeadRecord } from '../records.js';
import type { LeadRepo } from '../store.js';
import { fromStored, toStored, type Stored } from '../stored-record.js';
import type { IndexSpec } from './collection.js';
import { finder } from './finder.js';

export type LeadDoc = Stored<LeadRecord>;

export const leadIndexes: IndexSpec[] = [{ fieldName: 'siteId' }, { fieldName: 'visitorId' }];

export function leadRepo(db: Datastore<LeadDoc>): LeadRepo {
  const find = finder(db, (doc: LeadDoc) => fromStored<LeadRecord>(doc));
  return {
    async save(lead) {
      // A replacement document (no operators) with upsert: one write, whether the lead is new or not.
      await db.updateAsync({ _id: lead.id }, toStored(lead), { upsert: true });
    },
    byId: (id) => find.one({ _id: id }),
    async findRecentByContact(siteId, contact, since) {
      const filter = recentByContactFilter(siteId, contact, since);
      return filter ? find.one(filter, { createdAt: -1 }) : null;
    },
    list: (query) => find.many(leadListFilter(query), { updatedAt: -1 }, query.limit),
    withPendingJobs: (limit) => find.many(withPendingJobsFilter(), { updatedAt: 1 }, limit),
    async clearPendingJobs(id, version) {
      await db.updateAsync({ _id: id, version }, { $set: { pendingJobs: [] } }, {});
    },
    listByVisitor: (visitorId) => find.many({ visitorId }, { createdAt: 1 }),
    deleteByVisitor: (visitorId) => db.removeAsync({ visitorId }, { multi: true }),
  };
}
