import type { QueryFilter } from 'mongoose';
import { claimableJobs, claimUpdate, failedJob, leaseHeldBy, renewUpdate, resetUpdate, undeliveredJobsOf } from '../outbox-queries.js';
import { outboxJobFromStored, outboxReads } from '../outbox-reads.js';
import { patchUpdate } from '../patch-update.js';
import type { OutboxJobRecord } from '../records.js';
import type { OutboxRepo } from '../store.js';
import { fromStored, toStored, type Stored } from '../stored-record.js';
import type { Models } from './create-models.js';
import { finder } from './finder.js';

type OutboxDoc = Stored<OutboxJobRecord>;

const toRecord = (doc: OutboxDoc) => fromStored<OutboxJobRecord>(doc);

export function outboxRepo(model: Models['outbox']): OutboxRepo {
  const find = finder(model, toRecord);
  return {
    ...outboxReads(find),
    async insertMissing(jobs) {
      if (jobs.length === 0) return;
      // $setOnInsert with upsert: an existing job is matched and left exactly as it is.
      const writes = jobs.map((job) => {
        const { _id, ...fields } = toStored(job);
        return { updateOne: { filter: { _id }, update: { $setOnInsert: fields }, upsert: true } };
      });
      await model.bulkWrite(writes, { ordered: false });
    },
    async claim(owner, now, leaseMs) {
      for (const { filter, sort } of claimableJobs(now)) {
        // One findOneAndUpdate: the match and the write are atomic, so two workers never get one job.
        const doc = await model
          .findOneAndUpdate(filter as QueryFilter<OutboxDoc>, claimUpdate(owner, now, leaseMs), {
            sort,
            returnDocument: 'after',
          })
          .lean<OutboxDoc>();
        if (doc) return outboxJobFromStored(doc);
      }
      return null;
    },
    async finish(id, owner, patch) {
      const filter = leaseHeldBy(id, owner) as QueryFilter<OutboxDoc>;
      const { matchedCount } = await model.updateOne(filter, patchUpdate({ ...patch, updatedAt: new Date() }));
      return matchedCount === 1;
    },
    async renew(id, owner, leaseUntil) {
      const { matchedCount } = await model.updateOne(leaseHeldBy(id, owner) as QueryFilter<OutboxDoc>, renewUpdate(leaseUntil));
      return matchedCount === 1;
    },
    async reset(id, now) {
      const doc = await model
        .findOneAndUpdate(failedJob(id) as QueryFilter<OutboxDoc>, resetUpdate(now), { returnDocument: 'after' })
        .lean<OutboxDoc>();
      return doc ? toRecord(doc) : null;
    },
    async deletePendingByLead(leadId) {
      const { deletedCount } = await model.deleteMany(undeliveredJobsOf(leadId) as QueryFilter<OutboxDoc>);
      return deletedCount;
    },
  };
}
