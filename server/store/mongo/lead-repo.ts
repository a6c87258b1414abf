import { leadReads } from '../lead-reads.js';
import type { LeadRecord } from '../records.js';
import type { LeadRepo } from '../store.js';
import { toStored } from '../stored-record.js';
import type { Models } from './create-models.js';
import { recordCollection } from './record-collection.js';

export function leadRepo(model: Models['leads']): LeadRepo {
  const { find } = recordCollection<LeadRecord>(model);
  return {
    ...leadReads(find),
    async save(lead) {
      await model.replaceOne({ _id: lead.id }, toStored(lead), { upsert: true });
    },
    async clearPendingJobs(id, version) {
      await model.updateOne({ _id: id, version }, { $set: { pendingJobs: [] } });
    },
    async setDelivery(id, version, delivery) {
      const { matchedCount } = await model.updateOne({ _id: id, version }, { $set: { delivery } });
      return matchedCount === 1;
    },
    async delete(id) {
      const { deletedCount } = await model.deleteOne({ _id: id });
      return deletedCount;
    },
  };
}
