import type { LedgerEntry } from '../../sdk/protocol/index.js';
import type { ConversationRecord, OutboxJobRecord } from '../store/records.js';
import type { Store } from '../store/store.js';

/** Dealers aim to call a lead back within five minutes; a delivery not made in fifteen is a lost call. */
export const DELIVERY_DEADLINE_MS = 15 * 60 * 1000;
/** How far back the periodic check looks, as the dedupe window does. */
export const LEDGER_LOOKBACK_MS = 30 * 24 * 60 * 60 * 1000;
const MAX_ROWS = 1000;

export interface LedgerProblems {
  /** Conversations with contact details whose lead is missing. */
  orphans: Array<{ conversationId: string; siteId: string; leadId?: string }>;
  overdue: Array<{ id: string; siteId: string; leadId: string; status: OutboxJobRecord['status'] }>;
}

const isOverdue = (job: OutboxJobRecord, now: Date) =>
  job.status === 'failed' || ((job.status === 'pending' || job.status === 'processing') && now.getTime() - job.createdAt.getTime() > DELIVERY_DEADLINE_MS);

async function leadOf(store: Store, conversation: ConversationRecord): Promise<string | null> {
  if (!conversation.leadId) return null;
  const lead = await store.leads.byId(conversation.leadId);
  return lead ? lead.id : null;
}

/**
 * `GET /v1/leads/ledger`: every conversation of the site in which the visitor gave a phone or email since
 * `since`, its lead, and the state of each of the lead's deliveries.
 *
 * @example const entries = await readLedger(store, { siteId, since: new Date(Date.now() - 86_400_000), now: new Date() });
 */
export async function readLedger(store: Store, query: { siteId: string; since: Date; now: Date }): Promise<LedgerEntry[]> {
  const conversations = await store.conversations.listWithContact({ siteId: query.siteId, since: query.since, limit: MAX_ROWS });
  return Promise.all(
    conversations.map(async (conversation) => {
      const leadId = await leadOf(store, conversation);
      const jobs = leadId ? await store.outbox.list({ siteId: query.siteId, leadId, limit: 100 }) : [];
      return {
        conversationId: conversation.id,
        visitorId: conversation.visitorId,
        gave: (['phone', 'email'] as const).filter((key) => conversation.facts[key]),
        leadId,
        deliveries: jobs.map((job) => ({
          id: job.id,
          kind: job.kind,
          event: job.event,
          status: job.status,
          attempts: job.attempts,
          overdue: isOverdue(job, query.now),
        })),
      };
    }),
  );
}

/** What the periodic check counts, on every site: lost leads and deliveries past their deadline. */
export async function ledgerProblems(store: Store, now: Date): Promise<LedgerProblems> {
  const since = new Date(now.getTime() - LEDGER_LOOKBACK_MS);
  const conversations = await store.conversations.listWithContact({ since, limit: MAX_ROWS });
  const orphans: LedgerProblems['orphans'] = [];
  for (const conversation of conversations) {
    if ((await leadOf(store, conversation)) !== null) continue;
    orphans.push({ conversationId: conversation.id, siteId: conversation.siteId, ...(conversation.leadId ? { leadId: conversation.leadId } : {}) });
  }
  const jobs = await store.outbox.overdue({ writtenBefore: new Date(now.getTime() - DELIVERY_DEADLINE_MS), limit: MAX_ROWS });
  return { orphans, overdue: jobs.map((job) => ({ id: job.id, siteId: job.siteId, leadId: job.leadId, status: job.status })) };
}
