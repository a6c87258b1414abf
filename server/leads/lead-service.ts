import { v7 as uuidv7 } from 'uuid';
import type { CapturedFacts } from '../capture/facts.js';
import type { Store } from '../store/store.js';
import type {
  ConversationRecord,
  LeadRecord,
  NewOutboxJob,
  SiteRecord,
  VisitorRecord,
} from '../store/records.js';
import { mergeInterest } from './interest.js';
import { relayPendingJobs } from './outbox-relay.js';
import { leadSummary } from './summary.js';

export const DEDUPE_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

export interface ConsentGiven {
  text: string;
  shownAt: Date;
  givenAt: Date;
  messageId: string;
  ip?: string;
  userAgent?: string;
  pageUrl?: string;
}

export interface CaptureLeadInput {
  site: SiteRecord;
  conversation: ConversationRecord;
  visitor: VisitorRecord;
  facts: CapturedFacts;
  contact: { phone?: string; phoneNational?: string; email?: string };
  consent: ConsentGiven;
  now: Date;
}

/** What the site wants done when a lead is created or changes. */
function jobsFor(site: SiteRecord, event: NewOutboxJob['event']): NewOutboxJob[] {
  const jobs: NewOutboxJob[] = [];
  if (site.leadRecipients.length > 0) jobs.push({ kind: 'email.lead', event });
  if (site.adfRecipients.length > 0) jobs.push({ kind: 'email.adf', event });
  if (site.webhook) jobs.push({ kind: 'webhook', event });
  return jobs;
}

function deliveryFor(jobs: NewOutboxJob[], now: Date): LeadRecord['delivery'] {
  return { status: jobs.length > 0 ? 'pending' : 'none', updatedAt: now };
}

function contactOf(facts: CapturedFacts, contact: CaptureLeadInput['contact'], previous?: LeadRecord['contact']) {
  const firstName = facts.firstName ?? previous?.firstName;
  const lastName = facts.lastName ?? previous?.lastName;
  const name = [firstName, lastName].filter(Boolean).join(' ') || previous?.name;
  const merged: LeadRecord['contact'] = {
    ...previous,
    ...(name ? { name } : {}),
    ...(firstName ? { firstName } : {}),
    ...(lastName ? { lastName } : {}),
    ...(contact.phone ? { phone: contact.phone, phoneNational: contact.phoneNational } : {}),
    ...(contact.email ? { email: contact.email } : {}),
  };
  return merged;
}

/**
 * Creates the lead, or updates the site's lead with the same phone or email from the last 30 days.
 * The lead and its delivery jobs are one document write; the jobs are then relayed to the outbox.
 */
export async function captureLead(store: Store, input: CaptureLeadInput): Promise<{ lead: LeadRecord; created: boolean }> {
  const { site, conversation, visitor, facts, contact, consent, now } = input;
  const existing = await store.leads.findRecentByContact(site.id, contact, new Date(now.getTime() - DEDUPE_WINDOW_MS));
  const consentRecord: LeadRecord['consent'] = {
    ...consent,
    ...(contact.phone ? { phone: contact.phone } : {}),
    ...(contact.email ? { email: contact.email } : {}),
  };
  const base = {
    contact: contactOf(facts, contact, existing?.contact),
    interest: mergeInterest(existing?.interest, facts),
    consent: consentRecord,
    summary: leadSummary(facts),
    language: facts.language ?? conversation.locale,
    doNotContact: false,
    updatedAt: now,
  };
  const lead: LeadRecord = existing
    ? {
        ...existing,
        ...base,
        conversationId: conversation.id,
        visitorId: visitor.id,
        status: 'updated',
        version: existing.version + 1,
        pendingJobs: jobsFor(site, 'lead.updated'),
        delivery: deliveryFor(jobsFor(site, 'lead.updated'), now),
      }
    : {
        ...base,
        id: uuidv7(),
        siteId: site.id,
        visitorId: visitor.id,
        conversationId: conversation.id,
        status: 'new',
        version: 1,
        source: {
          page: conversation.source.page,
          referrer: conversation.source.referrer,
          utm: conversation.source.utm,
        },
        pendingJobs: jobsFor(site, 'lead.created'),
        delivery: deliveryFor(jobsFor(site, 'lead.created'), now),
        createdAt: now,
      };
  await store.leads.save(lead);
  await relayPendingJobs(store, lead, now);
  return { lead, created: !existing };
}

/**
 * Keeps the lead's interest and summary in step with the conversation, without re-sending it. `summary`
 * is the language model's brief when it wrote one; the deterministic summary stands in otherwise.
 */
export async function refreshLeadFacts(store: Store, lead: LeadRecord, facts: CapturedFacts, now: Date, summary?: string): Promise<LeadRecord> {
  // Only these fields: the delivery worker may be writing `delivery` on the same version meanwhile.
  const patch = {
    contact: contactOf(facts, {}, lead.contact),
    interest: mergeInterest(lead.interest, facts),
    summary: summary ?? leadSummary(facts),
    updatedAt: now,
  };
  return (await store.leads.update(lead.id, patch)) ?? { ...lead, ...patch };
}

/** Honours an opt-out: the lead becomes do-not-contact and the dealer is told through the outbox. */
export async function markDoNotContact(store: Store, site: SiteRecord, lead: LeadRecord, now: Date): Promise<LeadRecord> {
  if (lead.doNotContact) return lead;
  const updated: LeadRecord = {
    ...lead,
    status: 'do_not_contact',
    doNotContact: true,
    version: lead.version + 1,
    pendingJobs: jobsFor(site, 'lead.updated'),
    delivery: deliveryFor(jobsFor(site, 'lead.updated'), now),
    updatedAt: now,
  };
  await store.leads.save(updated);
  await relayPendingJobs(store, updated, now);
  return updated;
}
