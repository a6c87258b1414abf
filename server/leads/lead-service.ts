import { v7 as uuidv7 } from 'uuid';
import type { CapturedFacts } from '../capture/facts.js';
import type { Store } from '../store/store.js';
import type {
  ConversationRecord,
  LeadRecord,
  SiteRecord,
  VisitorRecord,
} from '../store/records.js';
import { changedFields } from './changed-fields.js';
import { mergedLevel } from './consent-level.js';
import { deliveryFor, jobsFor } from './lead-jobs.js';
import { relayPendingJobs } from './outbox-relay.js';
import { leadSummary } from './summary.js';

export const DEDUPE_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

export interface ConsentGiven {
  level: 'contact_requested' | 'express_written';
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

function interestOf(facts: CapturedFacts): LeadRecord['interest'] {
  const interest: LeadRecord['interest'] = {
    vehicle: facts.vehicle?.text,
    year: facts.vehicle?.year,
    make: facts.vehicle?.make,
    model: facts.vehicle?.model,
    condition: facts.condition,
    tradeIn: facts.tradeIn ? (facts.tradeIn.has ? (facts.tradeIn.text ?? 'yes') : 'none') : undefined,
    budget: facts.budget?.text,
    monthlyBudget: facts.budget?.monthly,
    downPayment: facts.budget?.down,
    credit: facts.credit,
    timeframe: facts.timeframe,
    callTime: facts.callTime,
    contactPreference: facts.contactPreference,
  };
  return Object.fromEntries(Object.entries(interest).filter(([, v]) => v !== undefined));
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
    level: mergedLevel(existing?.consent.level, consent.level),
    ...(contact.phone ? { phone: contact.phone } : {}),
    ...(contact.email ? { email: contact.email } : {}),
  };
  const base = {
    contact: contactOf(facts, contact, existing?.contact),
    interest: { ...existing?.interest, ...interestOf(facts) },
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
        // This update sends everything, the facts waiting for the debounced one included.
        pendingUpdate: undefined,
        lastChanges: ['contact details', ...new Set([...(existing.pendingUpdate?.fields ?? []), ...changedFields(existing, base)])],
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
 * Keeps the lead's interest and summary in step with the conversation. `summary` is the language model's brief
 * when it wrote one; the deterministic summary stands in otherwise. Facts a salesperson would act on are
 * marked for the debounced `lead.updated` (see lead-updates.ts); a summary alone is not re-sent.
 */
export async function refreshLeadFacts(store: Store, lead: LeadRecord, facts: CapturedFacts, now: Date, summary?: string): Promise<LeadRecord> {
  const contact = contactOf(facts, {}, lead.contact);
  const interest = { ...lead.interest, ...interestOf(facts) };
  const changed = changedFields(lead, { contact, interest });
  const pendingUpdate =
    changed.length > 0 ? { fields: [...new Set([...(lead.pendingUpdate?.fields ?? []), ...changed])], lastChangeAt: now } : lead.pendingUpdate;
  // Only these fields: the delivery worker may be writing `delivery` on the same version meanwhile.
  const patch = { contact, interest, summary: summary ?? leadSummary(facts), updatedAt: now, ...(pendingUpdate ? { pendingUpdate } : {}) };
  return (await store.leads.update(lead.id, patch)) ?? { ...lead, ...patch };
}

/** Honours an opt-out: the lead becomes do-not-contact and the dealer is told through the outbox. */
export async function markDoNotContact(store: Store, site: SiteRecord, lead: LeadRecord, now: Date): Promise<LeadRecord> {
  if (lead.doNotContact) return lead;
  const updated: LeadRecord = {
    ...lead,
    consent: { ...lead.consent, level: 'do_not_contact' },
    status: 'do_not_contact',
    doNotContact: true,
    version: lead.version + 1,
    pendingUpdate: undefined,
    lastChanges: ['opted out', ...(lead.pendingUpdate?.fields ?? [])],
    pendingJobs: jobsFor(site, 'lead.updated'),
    delivery: deliveryFor(jobsFor(site, 'lead.updated'), now),
    updatedAt: now,
  };
  await store.leads.save(updated);
  await relayPendingJobs(store, updated, now);
  return updated;
}
