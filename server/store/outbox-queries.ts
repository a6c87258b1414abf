import type { OutboxStatus } from './records.js';

/**
 * Outbox filters and updates in the query language both databases share, so the two adapters cannot
 * drift apart on what "due", "claimed" or "undelivered" means.
 */

/**
 * Lead jobs only: staff mail (invitations, resets) and escalation webhooks share the collection but are no lead's
 * delivery to list, count or retry by hand.
 */
export const LEAD_JOBS = { kind: { $nin: ['email.staff', 'webhook.escalation'] } };

export interface ClaimableQuery {
  filter: Record<string, unknown>;
  sort: Record<string, 1>;
}

/** Expired leases first: their jobs have waited longest, since a worker died or stalled on them. */
export function claimableJobs(now: Date): ClaimableQuery[] {
  return [
    { filter: { status: 'processing', leaseUntil: { $lte: now } }, sort: { leaseUntil: 1 } },
    { filter: { status: 'pending', nextAttemptAt: { $lte: now } }, sort: { nextAttemptAt: 1 } },
  ];
}

export function claimUpdate(owner: string, now: Date, leaseMs: number) {
  return {
    $set: { status: 'processing', leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs), updatedAt: now },
    $inc: { attempts: 1 },
  };
}

/** Only the lease holder may finish; a reclaimed or reset job no longer matches. */
export function leaseHeldBy(id: string, owner: string) {
  return { _id: id, status: 'processing', leaseOwner: owner };
}

/**
 * Only a dead letter: nothing else moves a failed job, whereas resetting one a worker holds (say, a second
 * retry request racing the first) would take it from under that worker and send it twice.
 */
export function failedJob(id: string) {
  return { ...LEAD_JOBS, _id: id, status: 'failed' };
}

export function renewUpdate(leaseUntil: Date) {
  return { $set: { leaseUntil } };
}

/** A fresh start: due now, and backing off from the first step again rather than from the last. */
export function resetUpdate(now: Date) {
  return {
    $set: { status: 'pending', nextAttemptAt: now, retriedAt: now, attempts: 0, reportedAttempts: 0, updatedAt: now },
    $unset: { leaseOwner: true, leaseUntil: true },
  };
}

export function jobListFilter(query: { siteId: string; status?: OutboxStatus; leadId?: string }) {
  return {
    ...LEAD_JOBS,
    siteId: query.siteId,
    ...(query.status && { status: query.status }),
    ...(query.leadId && { leadId: query.leadId }),
  };
}

export function undeliveredJobsOf(leadId: string) {
  return { leadId, status: { $ne: 'delivered' } };
}

/** Dead letters, and jobs still unsent that were written before `writtenBefore` (see leads/lead-ledger.ts). */
export function overdueJobs(query: { siteId?: string; writtenBefore: Date }) {
  return {
    ...LEAD_JOBS,
    ...(query.siteId && { siteId: query.siteId }),
    $or: [{ status: 'failed' }, { status: { $in: ['pending', 'processing'] }, createdAt: { $lt: query.writtenBefore } }],
  };
}
