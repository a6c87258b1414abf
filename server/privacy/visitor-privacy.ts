import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { toChatMessage } from '../wire/message-dto.js';
import { toDelivery } from '../wire/delivery-dto.js';
import { mailFileName } from '../delivery/mailer.js';
import { AppError } from '../errors/app-error.js';
import { toLead } from '../wire/dto.js';
import type { OutboxJobRecord, VisitorRecord } from '../store/records.js';
import type { Store } from '../store/store.js';

async function visitorOf(store: Store, siteId: string, visitorId: string): Promise<VisitorRecord> {
  const visitor = await store.visitors.byId(visitorId);
  if (!visitor || visitor.siteId !== siteId) throw new AppError('NOT_FOUND', 'No such visitor.');
  return visitor;
}

/**
 * The visitor and the other visitors proven (by `userHash`) to be the same customer on other devices: one
 * person, so one access or erasure request covers them all. The asked-for visitor comes last.
 */
async function personOf(store: Store, siteId: string, visitorId: string): Promise<{ visitor: VisitorRecord; others: VisitorRecord[] }> {
  const visitor = await visitorOf(store, siteId, visitorId);
  const rootId = visitor.customerId ?? visitor.id;
  const [root, linked] = await Promise.all([store.visitors.byId(rootId), store.visitors.listByCustomer(siteId, rootId)]);
  const others = [...(root && root.siteId === siteId ? [root] : []), ...linked].filter((other) => other.id !== visitor.id);
  return { visitor, others };
}

async function listAll<T>(ids: string[], list: (visitorId: string) => Promise<T[]>): Promise<T[]> {
  return (await Promise.all(ids.map(list))).flat();
}

/** Everything stored about a visitor and their linked devices, for an access request (CCPA / GDPR). */
export async function exportVisitor(store: Store, siteId: string, visitorId: string, now: Date) {
  const { visitor, others } = await personOf(store, siteId, visitorId);
  const ids = [visitor.id, ...others.map((other) => other.id)];
  const [conversations, messages, leads, jobs] = await Promise.all([
    listAll(ids, (id) => store.conversations.listByVisitor(id)),
    listAll(ids, (id) => store.messages.listByVisitor(id)),
    listAll(ids, (id) => store.leads.listByVisitor(id)),
    listAll(ids, (id) => store.outbox.listByVisitor(id)),
  ]);
  return {
    exportedAt: now.toISOString(),
    visitor,
    linkedVisitors: others,
    conversations,
    messages: messages.map(toChatMessage),
    leads: leads.map(toLead),
    deliveries: jobs.map(toDelivery),
  };
}

/**
 * The .eml files of the visitor's jobs, found by the name the file mailer gives each job rather than by
 * `deliveredTo`: a file written just before a crash, or before a lost lease, belongs to a job never marked
 * delivered. Leftover temporary files of a write a crash cut short go too. Nothing outside the folder, and
 * nothing of anyone else's jobs, can match.
 */
async function removeMailFiles(jobs: OutboxJobRecord[], mailDir: string): Promise<number> {
  const names = new Set(jobs.map((job) => mailFileName(job.id)));
  const entries = await readdir(mailDir).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  });
  let removed = 0;
  for (const entry of entries) {
    const eml = entry.endsWith('.tmp') ? entry.slice(0, entry.indexOf('.eml.') + 4) : entry;
    if (!names.has(eml)) continue;
    await rm(path.join(mailDir, entry), { force: true });
    if (entry === eml) removed++;
  }
  return removed;
}

type ErasedCounts = Record<'mailFiles' | 'deliveries' | 'leads' | 'conversations' | 'messages' | 'visitors', number>;

/**
 * Erases a visitor and their linked devices (an erasure request): the .eml copies of emails about them
 * (delivered or not), jobs not delivered yet, leads, messages and conversations. Delivered jobs stay as bare
 * ids, the record that something was sent. Files go before the jobs that name them, each visitor record after
 * its data and the asked-for visitor last, so an erase a crash interrupted can be asked for again and finish.
 * The audit record holds ids and counts only.
 */
export async function eraseVisitor(store: Store, siteId: string, visitorId: string, options: { dataDir: string; now: Date }) {
  const { visitor, others } = await personOf(store, siteId, visitorId);
  const counts: ErasedCounts = { mailFiles: 0, deliveries: 0, leads: 0, conversations: 0, messages: 0, visitors: 0 };
  for (const one of [...others, visitor]) {
    const erased = await eraseOne(store, one.id, options.dataDir);
    for (const key of Object.keys(counts) as Array<keyof ErasedCounts>) counts[key] += erased[key];
  }
  await store.audit.insert({ id: uuidv7(), siteId, action: 'visitor.erased', subject: visitorId, counts, at: options.now });
  return counts;
}

async function eraseOne(store: Store, visitorId: string, dataDir: string): Promise<ErasedCounts> {
  const jobs = await store.outbox.listByVisitor(visitorId);
  return {
    mailFiles: await removeMailFiles(jobs, path.resolve(dataDir, 'outbox-mail')),
    deliveries: await store.outbox.deletePendingByVisitor(visitorId),
    leads: await store.leads.deleteByVisitor(visitorId),
    // Conversations before messages: a reply being written meanwhile finds its conversation gone and removes
    // itself (reply-pipeline.ts); one written earlier goes with the messages.
    conversations: await store.conversations.deleteByVisitor(visitorId),
    messages: await store.messages.deleteByVisitor(visitorId),
    visitors: await store.visitors.delete(visitorId),
  };
}
