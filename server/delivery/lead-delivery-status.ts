import type { DeliveryStatus } from '../../sdk/protocol/index.js';
import type { LeadRecord, OutboxJobRecord } from '../store/records.js';
import type { Store } from '../store/store.js';

const MAX_JOBS_PER_LEAD = 200;
const MAX_ROUNDS = 5;

/**
 * The lead's delivery status from its jobs that still matter: the current version's, and `lead.created` jobs
 * of any version (they are never superseded). Null when there is nothing to judge by.
 */
export function deliveryStatusOf(lead: LeadRecord, jobs: OutboxJobRecord[]): DeliveryStatus | null {
  const relevant = jobs.filter(
    (job) => job.status !== 'superseded' && (job.leadVersion === lead.version || job.event === 'lead.created'),
  );
  if (relevant.length === 0) return null;
  if (relevant.some((job) => job.status === 'pending' || job.status === 'processing')) return 'pending';
  if (relevant.some((job) => job.status === 'failed')) return 'failed';
  if (relevant.some((job) => job.deliveredTo?.startsWith('file:'))) return 'delivered_to_file';
  return 'delivered';
}

/**
 * Brings `lead.delivery` in line with its jobs. Two workers finishing two jobs of one lead can write in the
 * wrong order; each re-reads after writing and corrects until what is stored matches what the jobs say, so
 * the last one to look always leaves the right status.
 */
export async function refreshLeadDelivery(store: Store, job: Pick<OutboxJobRecord, 'leadId' | 'siteId'>, now: () => Date): Promise<void> {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const lead = await store.leads.byId(job.leadId);
    if (!lead) return;
    const jobs = await store.outbox.list({ siteId: job.siteId, leadId: job.leadId, limit: MAX_JOBS_PER_LEAD });
    const status = deliveryStatusOf(lead, jobs);
    if (!status || status === lead.delivery.status) return;
    await store.leads.setDelivery(lead.id, lead.version, { status, updatedAt: now() });
  }
}
