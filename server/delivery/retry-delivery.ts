import { AppError } from '../errors/app-error.js';
import { notifyJobsQueued } from '../leads/outbox-relay.js';
import type { OutboxJobRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { refreshLeadDelivery } from './lead-delivery-status.js';

/**
 * Puts a dead letter back in the queue, due now, with a fresh maximum age. Only `failed` jobs: nothing else
 * moves a failed job, so the reset cannot race a worker, whereas resetting a pending or processing job could
 * take it from under the worker sending it and send it twice.
 */
export async function retryDelivery(store: Store, siteId: string, id: string, now: Date): Promise<OutboxJobRecord> {
  const job = await store.outbox.byId(id);
  if (!job || job.siteId !== siteId) throw new AppError('NOT_FOUND', 'No such delivery.');
  if (job.status !== 'failed') {
    throw new AppError('CONFLICT', `Only failed deliveries can be retried; this one is ${job.status}.`);
  }
  const reset = await store.outbox.reset(id, now);
  if (!reset) throw new AppError('NOT_FOUND', 'No such delivery.');
  await refreshLeadDelivery(store, reset, () => now);
  notifyJobsQueued(store);
  return reset;
}
