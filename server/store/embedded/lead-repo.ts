import type Datastore from '@seald-io/nedb';
import { leadReads } from '../lead-reads.js';
import type { LeadRecord } from '../records.js';
import type { LeadRepo } from '../store.js';
import { toStored, type Stored } from '../stored-record.js';
import type { IndexSpec } from './collection.js';
import { recordCollection } from './record-collection.js';

export type LeadDoc = Stored<LeadRecord>;

export const leadIndexes: IndexSpec[] = [{ fieldName: 'siteId' }, { fieldName: 'visitorId' }];

export function leadRepo(db: Datastore<LeadDoc>): LeadRepo {
  const { find } = recordCollection<LeadRecord>(db);
  return {
    ...leadReads(find),
    async save(lead) {
      // A replacement document (no operators) with upsert: one write, whether the lead is new or not.
      await db.updateAsync({ _id: lead.id }, toStored(lead), { upsert: true });
    },
    async clearPendingJobs(id, version) {
      await db.updateAsync({ _id: id, version }, { $set: { pendingJobs: [] } }, {});
    },
    async setDelivery(id, version, delivery) {
      const { numAffected } = await db.updateAsync({ _id: id, version }, { $set: { delivery } }, {});
      return numAffected === 1;
    },
    delete: (id) => db.removeAsync({ _id: id }, {}),
  };
}
