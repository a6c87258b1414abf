import type { LeadRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { leadSource, leadView } from './lead-conversations.js';
import { changeLead } from './lead-lock.js';

export interface LeadErasure {
  lead: LeadRecord;
  /** Nothing of anyone else remained, so the lead and its undelivered jobs are gone. */
  deleted: boolean;
  /** Undelivered jobs deleted with the lead. */
  deliveries: number;
  /** The first lead version that carried the erased visitors' words: every message about it from there on did. */
  fromVersion: number;
}

/**
 * Removes what the given visitors (one person's devices) said from every lead they contributed to: their
 * conversations' entries go, and the lead's top is derived again from what others said. A lead with nothing
 * left is deleted with its undelivered jobs; one that keeps another visitor's part stays, and its pending jobs
 * then send what is left. The caller removes the mail files of `fromVersion` onwards.
 */
export async function eraseFromLeads(store: Store, visitorIds: string[]): Promise<LeadErasure[]> {
  const erased = new Set(visitorIds);
  const leads = new Map<string, LeadRecord>();
  for (const id of visitorIds) for (const lead of await store.leads.listByVisitor(id)) leads.set(lead.id, lead);
  const results: LeadErasure[] = [];
  for (const id of leads.keys()) {
    const result = await changeLead(store, id, (lead) => (lead ? eraseFromLead(store, lead, erased) : Promise.resolve(null)));
    if (result) results.push(result);
  }
  return results;
}

async function eraseFromLead(store: Store, lead: LeadRecord, erased: Set<string>): Promise<LeadErasure> {
  const removed = lead.conversations.filter((entry) => erased.has(entry.visitorId));
  const kept = lead.conversations.filter((entry) => !erased.has(entry.visitorId));
  if (kept.length === 0) {
    const deliveries = await store.outbox.deletePendingByLead(lead.id);
    await store.leads.delete(lead.id);
    return { lead, deleted: true, deliveries, fromVersion: 1 };
  }
  // The source (page, referrer, UTM) is the first conversation's; it goes with that conversation.
  const source = leadSource(await store.conversations.byId(kept[0]!.conversationId));
  await store.leads.update(lead.id, { ...leadView(kept), conversations: kept, source });
  return { lead, deleted: false, deliveries: 0, fromVersion: Math.min(...removed.map((entry) => entry.joinedVersion)) };
}
