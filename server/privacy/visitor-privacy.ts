import { rm } from 'node:fs/promises';
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { toChatMessage } from '../conversation/message-dto.js';
import { toDelivery } from '../delivery/delivery-dto.js';
import { AppError } from '../errors/app-error.js';
import { toLead } from '../http/dto.js';
import type { OutboxJobRecord, VisitorRecord } from '../store/records.js';
import type { Store } from '../store/store.js';

async function visitorOf(store: Store, siteId: string, visitorId: string): Promise<VisitorRecord> {
  const visitor = await store.visitors.byId(visitorId);
  if (!visitor || visitor.siteId !== siteId) throw new AppError('NOT_FOUND', 'No such visitor.');
  return visitor;
}

/** Everything stored about one visitor, for an access request (CCPA / GDPR). */
export async function exportVisitor(store: Store, siteId: string, visitorId: string, now: Date) {
  const visitor = await visitorOf(store, siteId, visitorId);
  const [conversations, messages, leads, jobs] = await Promise.all([
    store.conversations.listByVisitor(visitorId),
    store.messages.listByVisitor(visitorId),
    store.leads.listByVisitor(visitorId),
    store.outbox.listByVisitor(visitorId),
  ]);
  return {
    exportedAt: now.toISOString(),
    visitor,
    conversations,
    messages: messages.map(toChatMessage),
    leads: leads.map(toLead),
    deliveries: jobs.map(toDelivery),
  };
}

/** Only files the file mailer wrote: a stored path must never let an erase delete anything else. */
async function removeMailFiles(jobs: OutboxJobRecord[], mailDir: string): Promise<number> {
  let removed = 0;
  for (const job of jobs) {
    const file = job.deliveredTo?.startsWith('file:') ? path.resolve(job.deliveredTo.slice(5)) : undefined;
    if (!file || path.dirname(file) !== mailDir) continue;
    await rm(file, { force: true });
    removed++;
  }
  return removed;
}

/**
 * Erases a visitor (an erasure request): messages, conversations, leads, jobs not delivered yet, and the .eml
 * copies of emails about them. Delivered jobs stay as bare ids, the record that something was sent. The
 * visitor record goes last, so an erase a crash interrupted can be asked for again and finish. The audit
 * record holds ids and counts only.
 */
export async function eraseVisitor(store: Store, siteId: string, visitorId: string, options: { dataDir: string; now: Date }) {
  await visitorOf(store, siteId, visitorId);
  const jobs = await store.outbox.listByVisitor(visitorId);
  const counts = {
    deliveries: await store.outbox.deletePendingByVisitor(visitorId),
    mailFiles: await removeMailFiles(jobs, path.resolve(options.dataDir, 'outbox-mail')),
    leads: await store.leads.deleteByVisitor(visitorId),
    messages: await store.messages.deleteByVisitor(visitorId),
    conversations: await store.conversations.deleteByVisitor(visitorId),
    visitors: await store.visitors.delete(visitorId),
  };
  await store.audit.insert({ id: uuidv7(), siteId, action: 'visitor.erased', subject: visitorId, counts, at: options.now });
  return counts;
}
