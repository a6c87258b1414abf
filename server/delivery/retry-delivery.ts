import { AppError } from '../errors/app-error.js';
import { notifyJobsQueued } from '../leads/outbox-relay.js';
import type { OutboxJobRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { refreshLeadDelivery } from './lead-delivery-status.js';

/**
 * Puts a dead letter back in the queue, due now, with a fresh maximum age and backoff. Only `failed` jobs,
 * checked by the store in the same write (see `OutboxRepo.reset`): two retry requests at once reset it once.
 */
export async function retryDelivery(store: Store, siteId: string, id: string, now: Date): Promise<OutboxJobRecord> {
  const job = await store.outbox.byId(id);
  if (!job || job.siteId !== siteId) throw new AppError('NOT_FOUND', 'No such delivery.');
  if (job.status !== 'failed') {
    throw new AppError('CONFLICT', `Only failed deliveries can be retried; this one is ${job.status}.`);
  }
  const reset = await store.outbox.reset(id, now);
  if (!reset) throw new AppError('CONFLICT', 'Only failed deliveries can be retried; this one was retried already.');
  await refreshLeadDelivery(store, reset, () => now);
  notifyJobsQueued(store);
  return reset;
}
