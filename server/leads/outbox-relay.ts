import type { LeadRecord, OutboxJobRecord } from '../store/records.js';
import type { Store } from '../store/store.js';

/**
 * Copies a lead's `pendingJobs` into the outbox. Job ids are deterministic and `insertMissing`
 * skips existing ids, so running this twice (e.g. after a crash between the two writes) stores
 * each job once.
 */
export async function relayPendingJobs(store: Store, lead: LeadRecord, now = new Date()): Promise<void> {
  if (lead.pendingJobs.length === 0) return;
  const jobs: OutboxJobRecord[] = lead.pendingJobs.map((job) => ({
    id: `${lead.id}:${lead.version}:${job.kind}`,
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
