import { byVisitorFilter, leadCreatedFilter, leadListFilter, recentByContactFilter, withPendingJobsFilter } from './lead-queries.js';
import type { RecordFinder } from './record-finder.js';
import type { LeadRecord } from './records.js';
import type { LeadRepo } from './store.js';

/** A lead stored before leads kept their conversations reads as one with its only conversation. */
export function upgradeLead(lead: Omit<LeadRecord, 'conversations'> & { conversations?: LeadRecord['conversations'] }): LeadRecord {
  if (Array.isArray(lead.conversations)) return lead as LeadRecord;
  const { conversationId, visitorId, contact, interest, summary, language, createdAt } = lead;
  // Such a lead said do-not-contact without a revoked consent record.
  const consent = lead.doNotContact && !lead.consent.revokedAt ? { ...lead.consent, revokedAt: lead.updatedAt } : lead.consent;
  return { ...lead, conversations: [{ conversationId, visitorId, contact, interest, summary, language, consent, joinedVersion: 1, joinedAt: createdAt }] };
}

/** Shared by both adapters, so they cannot drift apart on what a read matches or in what order it returns. */
export function leadReads(
  find: RecordFinder<LeadRecord>,
): Pick<LeadRepo, 'byId' | 'findRecentByContact' | 'list' | 'listCreated' | 'withPendingJobs' | 'listByVisitor' | 'update' | 'withUpdatesDue'> {
  const one = async (filter: Record<string, unknown>, sort?: Record<string, 1 | -1>) => {
    const lead = await find.one(filter, sort);
    return lead && upgradeLead(lead);
  };
  const many = async (filter: Record<string, unknown>, sort: Record<string, 1 | -1>, limit?: number) =>
    (await find.many(filter, sort, limit)).map(upgradeLead);
  return {
    byId: (id) => one({ _id: id }),
    async findRecentByContact(siteId, contact, since) {
      const filter = recentByContactFilter(siteId, contact, since);
      return filter ? one(filter, { createdAt: -1 }) : null;
    },
    list: (query) => many(leadListFilter(query), { updatedAt: -1 }, query.limit),
    listCreated: (query) => many(leadCreatedFilter(query), { createdAt: 1 }, query.limit),
    withPendingJobs: (limit) => many(withPendingJobsFilter(), { updatedAt: 1 }, limit),
    listByVisitor: (visitorId) => many(byVisitorFilter(visitorId), { createdAt: 1 }),
    async update(id, patch) {
      const lead = await find.update(id, patch);
      return lead && upgradeLead(lead);
    },
    withUpdatesDue: (changedBefore, limit) => many({ 'pendingUpdate.lastChangeAt': { $lte: changedBefore } }, { updatedAt: 1 }, limit),
  };
}
