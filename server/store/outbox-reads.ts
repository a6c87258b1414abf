import { claimableJobs, jobListFilter, LEAD_JOBS, overdueJobs } from './outbox-queries.js';
import type { RecordFinder } from './record-finder.js';
import type { EscalationJobRecord, OutboxJob, OutboxJobRecord, StaffMailJobRecord } from './records.js';
import type { OutboxRepo } from './store.js';
import type { Stored } from './stored-record.js';

/** A claimed document as its record: whichever kind of job was written, which `kind` tells apart. */
export function outboxJobFromStored(doc: Stored<OutboxJobRecord> | Stored<StaffMailJobRecord> | Stored<EscalationJobRecord>): OutboxJob {
  const { _id, ...rest } = doc;
  return { ...rest, id: _id } as OutboxJob;
}

/** A job about a lead (its email, ADF or webhook), as opposed to staff mail or an escalation webhook. */
export function isLeadJob(job: OutboxJob): job is OutboxJobRecord {
  return job.kind === 'email.lead' || job.kind === 'email.adf' || job.kind === 'webhook';
}

/**
 * Shared by both adapters, so they cannot drift apart on what a read matches or in what order it returns.
 * Claims stay in each adapter: only the database itself can make the match and the write atomic.
 */
export function outboxReads(find: RecordFinder<OutboxJobRecord>): Pick<OutboxRepo, 'byId' | 'list' | 'listByVisitor' | 'dueSince' | 'overdue'> {
  return {
    byId: (id) => find.one({ ...LEAD_JOBS, _id: id }),
    list: (query) => find.many(jobListFilter(query), { createdAt: -1 }, query.limit),
    listByVisitor: (visitorId) => find.many({ visitorId }, { createdAt: 1 }),
    async dueSince(now) {
      const [expired, pending] = claimableJobs(now);
      const [lease, next] = await Promise.all([
        expired && find.one(expired.filter, expired.sort),
        pending && find.one(pending.filter, pending.sort),
      ]);
      const times = [lease?.leaseUntil, next?.nextAttemptAt].filter((at): at is Date => at instanceof Date);
      return times.length === 0 ? null : new Date(Math.min(...times.map((at) => at.getTime())));
    },
    overdue: (query) => find.many(overdueJobs(query), { createdAt: 1 }, query.limit),
  };
}
