import type { LeadRecord, OutboxJobRecord, OutboxKind } from '../store/records.js';
import type { Store } from '../store/store.js';

const queueListeners = new WeakMap<Store, Set<() => void>>();

/** The deterministic id of a lead version's job of one kind. */
export function outboxJobId(leadId: string, version: number, kind: OutboxKind): string {
  return `${leadId}:${version}:${kind}`;
}

/**
 * Calls `listener` whenever jobs are queued in this store's outbox, so a worker sends a new lead at once
 * instead of at its next poll. Returns the unsubscribe function.
 */
export function onJobsQueued(store: Store, listener: () => void): () => void {
  const listeners = queueListeners.get(store) ?? new Set();
  queueListeners.set(store, listeners);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells this store's workers that jobs are due now: after a relay, or a failed job put back by hand. */
export function notifyJobsQueued(store: Store): void {
  for (const listener of queueListeners.get(store) ?? []) listener();
}

/**
 * Copies a lead's `pendingJobs` into the outbox. Job ids are deterministic and `insertMissing`
 * skips existing ids, so running this twice (e.g. after a crash between the two writes) stores
 * each job once.
 */
export async function relayPendingJobs(store: Store, lead: LeadRecord, now = new Date()): Promise<void> {
  if (lead.pendingJobs.length === 0) return;
  const jobs: OutboxJobRecord[] = lead.pendingJobs.map((job) => ({
    id: outboxJobId(lead.id, lead.version, job.kind),
    siteId: lead.siteId,
    leadId: lead.id,
    visitorId: lead.visitorId,
    kind: job.kind,
    event: job.event,
    leadVersion: lead.version,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
    updatedAt: now,
  }));
  await store.outbox.insertMissing(jobs);
  notifyJobsQueued(store);
  await store.leads.clearPendingJobs(lead.id, lead.version);
}

/** At boot: finishes relays a crash interrupted. */
export async function recoverPendingJobs(store: Store): Promise<number> {
  let recovered = 0;
  for (;;) {
    const leads = await store.leads.withPendingJobs(100);
    if (leads.length === 0) return recovered;
    for (const lead of leads) await relayPendingJobs(store, lead);
    recovered += leads.length;
  }
}
