import type { ConsentLevel } from '../../sdk/protocol/index.js';
import type { LeadRecord, SiteRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import type { ConsentGiven } from './lead-service.js';
import { jobsFor, deliveryFor } from './lead-jobs.js';
import { relayPendingJobs } from './outbox-relay.js';

const RANK: Record<Exclude<ConsentLevel, 'do_not_contact'>, number> = { contact_requested: 1, express_written: 2 };

/**
 * The level a lead keeps when the same shopper gives the number again: consent belongs to the number, so a plain
 * "call me" does not lower an earlier written consent. An opt-out is not kept: giving the number again after
 * "stop" is a new request to be contacted.
 */
export function mergedLevel(previous: ConsentLevel | undefined, next: ConsentGiven['level']): ConsentGiven['level'] {
  if (!previous || previous === 'do_not_contact') return next;
  return RANK[previous] > RANK[next] ? previous : next;
}

/**
 * The shopper affirmed the disclosure after volunteering their number: the lead becomes `express_written`,
 * with the disclosure's record, and goes out again as an update.
 */
export async function upgradeConsent(store: Store, site: SiteRecord, lead: LeadRecord, consent: ConsentGiven, now: Date): Promise<LeadRecord> {
  if (lead.doNotContact || lead.consent.level === 'express_written') return lead;
  const jobs = jobsFor(site, 'lead.updated');
  const updated: LeadRecord = {
    ...lead,
    consent: { ...lead.consent, ...consent, level: 'express_written' },
    status: 'updated',
    version: lead.version + 1,
    pendingUpdate: undefined,
    lastChanges: ['consent: calls and texts OK', ...(lead.pendingUpdate?.fields ?? [])],
    pendingJobs: jobs,
    delivery: deliveryFor(jobs, now),
    updatedAt: now,
  };
  await store.leads.save(updated);
  await relayPendingJobs(store, updated, now);
  return updated;
}
