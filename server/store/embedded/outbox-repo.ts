import type Datastore from '@seald-io/nedb';
import { claimableJobs, claimUpdate, failedJob, leaseHeldBy, renewUpdate, resetUpdate, undeliveredJobsOf } from '../outbox-queries.js';
import { outboxJobFromStored, outboxReads } from '../outbox-reads.js';
import { patchUpdate } from '../patch-update.js';
import type { OutboxJobRecord } from '../records.js';
import type { OutboxRepo } from '../store.js';
import { fromStored, toStored, type Stored } from '../stored-record.js';
import { isUniqueViolation, type IndexSpec } from './collection.js';
import { finder } from './finder.js';

export type OutboxDoc = Stored<OutboxJobRecord>;

export const outboxIndexes: IndexSpec[] = [
  { fieldName: 'status' },
  { fieldName: 'siteId' },
  { fieldName: 'visitorId' },
  { fieldName: 'leadId' },
];

const toRecord = (doc: OutboxDoc) => fromStored<OutboxJobRecord>(doc);

export function outboxRepo(db: Datastore<OutboxDoc>): OutboxRepo {
  const find = finder(db, toRecord);
  return {
    ...outboxReads(find),
    async insertMissing(jobs) {
      await Promise.all(
        jobs.map((job) =>
          // Staff mail shares the collection; the lead reads filter it out (see `LEAD_JOBS`).
          db.insertAsync(toStored(job) as OutboxDoc).catch((error: unknown) => {
            if (!isUniqueViolation(error)) throw error;
          }),
        ),
      );
    },
    async claim(owner, now, leaseMs) {
      const update = claimUpdate(owner, now, leaseMs);
      for (const { filter, sort } of claimableJobs(now)) {
        for (let candidate = await find.one(filter, sort); candidate; candidate = await find.one(filter, sort)) {
          // Another claim may take the candidate between the read and this write; repeating the
          // filter in the write turns that race into a miss instead of a second owner.
          const { affectedDocuments } = await db.updateAsync({ ...filter, _id: candidate.id }, update, {
            returnUpdatedDocs: true,
          });
          if (affectedDocuments) return outboxJobFromStored(affectedDocuments);
        }
      }
      return null;
    },
    async finish(id, owner, patch) {
      const update = patchUpdate({ ...patch, updatedAt: new Date() });
      const { numAffected } = await db.updateAsync(leaseHeldBy(id, owner), update, {});
      return numAffected === 1;
    },
    async renew(id, owner, leaseUntil) {
      const { numAffected } = await db.updateAsync(leaseHeldBy(id, owner), renewUpdate(leaseUntil), {});
      return numAffected === 1;
    },
    async reset(id, now) {
      const { affectedDocuments } = await db.updateAsync(failedJob(id), resetUpdate(now), { returnUpdatedDocs: true });
      return affectedDocuments ? toRecord(affectedDocuments) : null;
    },
    deletePendingByLead: (leadId) => db.removeAsync(undeliveredJobsOf(leadId), { multi: true }),
  };
}
