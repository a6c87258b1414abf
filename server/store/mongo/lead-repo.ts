import { leadListFilter, recentByContactFilter, withPendingJobsFilter } from '../lead-queries.js';
import type { LeadRecord } from '../records.js';
import type { LeadRepo } from '../store.js';
import { fromStored, toStored, type Stored } from '../stored-record.js';
import type { Models } from './create-models.js';
import { finder } from './finder.js';

export function leadRepo(model: Models['leads']): LeadRepo {
  const find = finder(model, (doc: Stored<LeadRecord>) => fromStored<LeadRecord>(doc));
  return {
    async save(lead) {
      await model.replaceOne({ _id: lead.id }, toStored(lead), { upsert: true });
    },
    byId: (id) => find.one({ _id: id }),
    async findRecentByContact(siteId, contact, since) {
      const filter = recentByContactFilter(siteId, contact, since);
      return filter ? find.one(filter, { createdAt: -1 }) : null;
    },
    list: (query) => find.many(leadListFilter(query), { updatedAt: -1 }, query.limit),
    withPendingJobs: (limit) => find.many(withPendingJobsFilter(), { updatedAt: 1 }, limit),
    async clearPendingJobs(id, version) {
      await model.updateOne({ _id: id, version }, { $set: { pendingJobs: [] } });
    },
    listByVisitor: (visitorId) => find.many({ visitorId }, { createdAt: 1 }),
    async deleteByVisitor(visitorId) {
      const { deletedCount } = await model.deleteMany({ visitorId });
      return deletedCount;
    },
  };
}
