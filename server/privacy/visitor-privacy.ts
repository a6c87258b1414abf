import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { toChatMessage } from '../wire/message-dto.js';
import { toDelivery } from '../wire/delivery-dto.js';
import { mailFileName } from '../delivery/mailer.js';
import { AppError } from '../errors/app-error.js';
import { leadSource, leadView } from '../leads/lead-conversations.js';
import { outboxJobId } from '../leads/outbox-relay.js';
import { eraseVisitorWords } from './erasure/erase-visitor-words.js';
import { toLead } from '../wire/dto.js';
import type { ConversationRecord, LeadRecord, OutboxJobRecord, OutboxKind, VisitorRecord } from '../store/records.js';
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

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

/**
 * The lead as this person may see it: only their own conversations' entries, a top derived from those, and the
 * source (page, referrer, UTM) of their own first conversation.
 */
function ownPart(lead: LeadRecord, ids: Set<string>, conversations: ConversationRecord[]): LeadRecord {
  const own = lead.conversations.filter((entry) => ids.has(entry.visitorId));
  const first = conversations.find((conversation) => conversation.id === own[0]?.conversationId);
  return own.length > 0 ? { ...lead, ...leadView(own), conversations: own, source: leadSource(first) } : lead;
}

/** Deliveries of the lead from the first version that carried this person's words. */
async function deliveriesAbout(store: Store, lead: LeadRecord, ids: Set<string>): Promise<OutboxJobRecord[]> {
  const from = Math.min(...lead.conversations.filter((entry) => ids.has(entry.visitorId)).map((entry) => entry.joinedVersion));
  const jobs = await store.outbox.list({ siteId: lead.siteId, leadId: lead.id, limit: 10_000 });
  return jobs.filter((job) => job.leadVersion >= from);
}

/**
 * Everything stored about a visitor and their linked devices, for an access request (CCPA / GDPR): their
 * conversations and messages, their part of every lead they contributed to (never another shopper's part of a
 * shared lead), and every delivery that carried their words.
 */
export async function exportVisitor(store: Store, siteId: string, visitorId: string, now: Date) {
  const { visitor, others } = await personOf(store, siteId, visitorId);
  const ids = [visitor.id, ...others.map((other) => other.id)];
  const idSet = new Set(ids);
  const [conversations, messages, leads, jobs] = await Promise.all([
    listAll(ids, (id) => store.conversations.listByVisitor(id)),
    listAll(ids, (id) => store.messages.listByVisitor(id)),
    listAll(ids, (id) => store.leads.listByVisitor(id)).then(uniqueById),
    listAll(ids, (id) => store.outbox.listByVisitor(id)),
  ]);
  const leadJobs = (await Promise.all(leads.map((lead) => deliveriesAbout(store, lead, idSet)))).flat();
  return {
    exportedAt: now.toISOString(),
    visitor,
    linkedVisitors: others,
    conversations,
    messages: messages.map(toChatMessage),
    leads: leads.map((lead) => toLead(ownPart(lead, idSet, conversations))),
    deliveries: uniqueById([...leadJobs, ...jobs]).map(toDelivery),
  };
}

/**
 * Removes the .eml files named for these jobs, found by the name the file mailer gives each job rather than by
 * `deliveredTo`: a file written just before a crash, or before a lost lease, belongs to a job never marked
 * delivered. Leftover temporary files of a write a crash cut short go too. Nothing outside the folder, and
 * nothing of anyone else's jobs, can match.
 */
async function removeMailFiles(jobIds: string[], mailDir: string): Promise<number> {
  const names = new Set(jobIds.map(mailFileName));
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

const KINDS: OutboxKind[] = ['email.lead', 'email.adf', 'webhook'];

/** Every job id a lead's versions from `from` on may have had: the mail of each carried those versions' words. */
function jobIdsOf(lead: LeadRecord, from: number): string[] {
  const ids: string[] = [];
  for (let version = from; version <= lead.version; version++) for (const kind of KINDS) ids.push(outboxJobId(lead.id, version, kind));
  return ids;
}

type ErasedCounts = Record<'mailFiles' | 'deliveries' | 'leads' | 'leadsKept' | 'conversations' | 'messages' | 'visitors', number>;

/**
 * Erases a visitor and their linked devices (an erasure request): their part of every lead they contributed to
 * (the whole lead when nobody else's part remains; `leadsKept` counts those that keep another visitor's part),
 * the .eml copies of every email that carried their words (delivered or not), undelivered jobs of deleted leads,
 * messages and conversations. Delivered jobs stay as bare ids, the record that something was sent. Files go
 * before the leads that name them, conversations before messages and leads (a reply being written meanwhile
 * then sweeps its own, see erasure/erase-visitor-words.ts), each visitor record after its data and the asked-for
 * visitor last, so an erase a crash interrupted can be asked for again and finish. The audit record holds ids and counts only.
 */
export async function eraseVisitor(store: Store, siteId: string, visitorId: string, options: { dataDir: string; now: Date }) {
  const { visitor, others } = await personOf(store, siteId, visitorId);
  const people = [...others, visitor];
  const ids = people.map((one) => one.id);
  const idSet = new Set(ids);
  const counts: ErasedCounts = { mailFiles: 0, deliveries: 0, leads: 0, leadsKept: 0, conversations: 0, messages: 0, visitors: 0 };
  const leads = uniqueById(await listAll(ids, (id) => store.leads.listByVisitor(id)));
  const jobs = await listAll(ids, (id) => store.outbox.listByVisitor(id));
  const fileJobs = [
    ...jobs.map((job) => job.id),
    ...leads.flatMap((lead) => {
      const nobodyElse = lead.conversations.every((entry) => idSet.has(entry.visitorId));
      const from = nobodyElse ? 1 : Math.min(...lead.conversations.filter((entry) => idSet.has(entry.visitorId)).map((entry) => entry.joinedVersion));
      return jobIdsOf(lead, from);
    }),
  ];
  counts.mailFiles = await removeMailFiles(fileJobs, path.resolve(options.dataDir, 'outbox-mail'));
  // Staff notes speak about the visitor: they go with the conversations, before them so a retried erase finds them.
  const conversationIds = (await listAll(ids, (id) => store.conversations.listByVisitor(id))).map((conversation) => conversation.id);
  await store.notes.deleteByConversations(conversationIds);
  await store.readMarks.deleteByConversations(conversationIds);
  for (const id of ids) counts.conversations += await store.conversations.deleteByVisitor(id);
  const words = await eraseVisitorWords(store, ids);
  counts.messages = words.messages;
  for (const result of words.leads) {
    counts.leads++;
    counts.deliveries += result.deliveries;
    if (!result.deleted) counts.leadsKept++;
  }
  for (const id of ids) counts.visitors += await store.visitors.delete(id);
  await store.audit.insert({ id: uuidv7(), siteId, action: 'visitor.erased', subject: visitorId, counts, at: options.now });
  return counts;
}

