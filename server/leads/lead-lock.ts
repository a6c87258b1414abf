import { createKeyedQueue, type KeyedQueue } from '../conversation/keyed-queue.js';
import type { LeadRecord } from '../store/records.js';
import type { Store } from '../store/store.js';

const queues = new WeakMap<Store, KeyedQueue>();

/**
 * Runs `change` on the lead as stored now, one change per lead at a time in this process. Several conversations
 * write one shared lead (a join, an opt-out, the model's facts, an erase); each rewrites its `conversations`, so
 * a change made from an older copy would drop another conversation's entry and consent record.
 */
export function changeLead<T>(store: Store, leadId: string, change: (lead: LeadRecord | null) => Promise<T>): Promise<T> {
  const queue = queues.get(store) ?? createKeyedQueue();
  queues.set(store, queue);
  return queue.run(leadId, async () => change(await store.leads.byId(leadId)));
}
