import { v7 as uuidv7 } from 'uuid';
import type { CapturedFacts } from '../capture/facts.js';
import type { Store } from '../store/store.js';
import type {
  ConsentRecord,
  ConversationRecord,
  LeadConversationRecord,
  LeadRecord,
  SiteRecord,
  VisitorRecord,
} from '../store/records.js';
import { entryOf, leadSource, leadView, withConversations, withFacts, type ContactGiven } from './lead-conversations.js';
import { changedFields } from './changed-fields.js';
import { mergedLevel } from './consent-level.js';
import { jobsFor } from './lead-jobs.js';
import { changeLead } from './lead-lock.js';
import { relayPendingJobs } from './outbox-relay.js';
import { leadSummary } from './summary.js';

export const DEDUPE_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

export interface ConsentGiven {
  level: 'contact_requested' | 'express_written';
  shownWhere?: 'beside_input';
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
  contact: ContactGiven;
  consent: ConsentGiven;
  now: Date;
}

export interface CaptureLeadResult {
  /** The lead as this conversation may know it (see `capturedFields` for what its visitor may see). */
  lead: LeadRecord;
  /** A new lead document was written. */
  created: boolean;
  /** A new version went to the dealer. */
  sent: boolean;
}

function statusOf(lead: Pick<LeadRecord, 'doNotContact' | 'version'>): LeadRecord['status'] {
  return lead.doNotContact ? 'do_not_contact' : lead.version === 1 ? 'new' : 'updated';
}

/**
 * A new version of the lead, with its notifications, in one document write, then relayed to the outbox. It sends
 * everything, so facts waiting for the debounced update (lead-updates.ts) go with it and are no longer pending.
 */
async function sendVersion(
  store: Store,
  site: SiteRecord,
  lead: LeadRecord,
  conversations: LeadConversationRecord[],
  now: Date,
): Promise<LeadRecord> {
  const pendingJobs = jobsFor(site, 'lead.updated');
  // Only the debounced update is an "Update: …" email; this one reads as the updated lead it is.
  const next = withConversations({ ...lead, version: lead.version + 1, pendingJobs, pendingUpdate: undefined, lastChanges: undefined, updatedAt: now }, conversations);
  const saved: LeadRecord = { ...next, status: statusOf(next), delivery: { status: pendingJobs.length > 0 ? 'pending' : 'none', updatedAt: now } };
  await store.leads.save(saved);
  await relayPendingJobs(store, saved, now);
  return saved;
}

/** The record `previous` gives way to, kept whole in `earlier`, so each level keeps its own evidence. */
function replacing(previous: ConsentRecord | undefined): Pick<ConsentRecord, 'earlier'> {
  if (!previous) return {};
  const { earlier = [], ...entry } = previous;
  return { earlier: [...earlier, entry] };
}

function consentRecord(consent: ConsentGiven, contact: ContactGiven, previous?: ConsentRecord): ConsentRecord {
  const phone = contact.phone ?? previous?.phone;
  const email = contact.email ?? previous?.email;
  return {
    ...consent,
    level: mergedLevel(previous?.level, consent.level),
    ...(phone ? { phone } : {}),
    ...(email ? { email } : {}),
    ...replacing(previous),
  };
}

/** The entry of a conversation that gives the lead's phone or email for the first time, at lead version `version`. */
function newEntry({ conversation, visitor, facts, contact, consent, now }: CaptureLeadInput, version: number): LeadConversationRecord {
  const entry: LeadConversationRecord = {
    conversationId: conversation.id,
    visitorId: visitor.id,
    contact: {},
    interest: {},
    summary: leadSummary(facts),
    language: facts.language ?? conversation.locale,
    consent: consentRecord(consent, contact),
    joinedVersion: version,
    joinedAt: now,
  };
  return withFacts(entry, facts, contact);
}

async function createLead(store: Store, input: CaptureLeadInput): Promise<CaptureLeadResult> {
  const { site, conversation, now } = input;
  const pendingJobs = jobsFor(site, 'lead.created');
  const conversations = [newEntry(input, 1)];
  const lead: LeadRecord = {
    id: uuidv7(),
    siteId: site.id,
    ...leadView(conversations),
    conversations,
    status: 'new',
    version: 1,
    source: leadSource(conversation),
    pendingJobs,
    delivery: { status: pendingJobs.length > 0 ? 'pending' : 'none', updatedAt: now },
    createdAt: now,
    updatedAt: now,
  };
  await store.leads.save(lead);
  await relayPendingJobs(store, lead, now);
  return { lead, created: true, sent: true };
}

/**
 * A visitor gave a phone or email with consent. The conversation's own lead is updated (one conversation, one
 * lead, whichever details it gives); otherwise the site's lead with the same phone or email from the last 30
 * days gains this conversation as a new entry, with its own facts and consent, leaving the others' as they are;
 * otherwise a lead is created. A message whose consent is already recorded (a resend after a crash) changes
 * nothing, and giving the same details again changes the facts but sends nothing.
 */
export async function captureLead(store: Store, input: CaptureLeadInput): Promise<CaptureLeadResult> {
  const { site, conversation, contact, now } = input;
  const own = conversation.leadId ? await store.leads.byId(conversation.leadId) : null;
  const found = own ?? (await store.leads.findRecentByContact(site.id, contact, new Date(now.getTime() - DEDUPE_WINDOW_MS)));
  if (!found) return createLead(store, input);
  return changeLead(store, found.id, async (lead) => (lead ? addConsent(store, input, lead) : createLead(store, input)));
}

async function addConsent(store: Store, input: CaptureLeadInput, lead: LeadRecord): Promise<CaptureLeadResult> {
  const { site, conversation, facts, contact, consent, now } = input;
  const entry = entryOf(lead, conversation.id);
  if (!entry) {
    const conversations = [...lead.conversations, newEntry(input, lead.version + 1)];
    return { lead: await sendVersion(store, site, lead, conversations, now), created: false, sent: true };
  }
  if (entry.consent.messageId === consent.messageId) return { lead, created: false, sent: false };
  const unchanged =
    !entry.consent.revokedAt &&
    (!contact.phone || contact.phone === entry.contact.phone) &&
    (!contact.email || contact.email === entry.contact.email);
  const updated = { ...withFacts(entry, facts, contact), ...(unchanged ? {} : { consent: consentRecord(consent, contact, entry.consent) }) };
  const conversations = lead.conversations.map((one) => (one === entry ? updated : one));
  if (unchanged) return { lead: await saveFacts(store, lead, conversations, now), created: false, sent: false };
  return { lead: await sendVersion(store, site, lead, conversations, now), created: false, sent: true };
}

/**
 * Only these fields: the delivery worker may be writing `delivery` on the same version meanwhile. Facts a
 * salesperson would act on are marked for the debounced `lead.updated` (see lead-updates.ts).
 */
async function saveFacts(store: Store, lead: LeadRecord, conversations: LeadConversationRecord[], now: Date): Promise<LeadRecord> {
  const view = leadView(conversations);
  const changed = changedFields(lead, view);
  const pendingUpdate =
    changed.length > 0 ? { fields: [...new Set([...(lead.pendingUpdate?.fields ?? []), ...changed])], lastChangeAt: now } : lead.pendingUpdate;
  const patch = { ...view, conversations, updatedAt: now, ...(pendingUpdate ? { pendingUpdate } : {}) };
  return (await store.leads.update(lead.id, patch)) ?? { ...lead, ...patch };
}

/**
 * Keeps this conversation's entry of the lead in step with what it says; changed facts wait for the debounced update.
 * `summary` is the language model's brief when it wrote one; the deterministic summary stands in otherwise.
 */
export function refreshLeadFacts(
  store: Store,
  lead: LeadRecord,
  conversationId: string,
  facts: CapturedFacts,
  now: Date,
  summary?: string,
): Promise<LeadRecord> {
  return changeLead(store, lead.id, async (fresh) => {
    const entry = fresh && entryOf(fresh, conversationId);
    if (!fresh || !entry) return fresh ?? lead;
    const conversations = fresh.conversations.map((one) => (one === entry ? withFacts(one, facts, {}, summary) : one));
    return saveFacts(store, fresh, conversations, now);
  });
}

/**
 * Honours an opt-out: this conversation's consent record is revoked, and the dealer is told through the
 * outbox. Other visitors' consent records stand; the lead is do-not-contact once none does.
 */
export function markDoNotContact(store: Store, site: SiteRecord, lead: LeadRecord, conversationId: string, now: Date): Promise<LeadRecord> {
  return changeLead(store, lead.id, async (fresh) => {
    const entry = fresh && entryOf(fresh, conversationId);
    if (!fresh || !entry || entry.consent.revokedAt) return fresh ?? lead;
    const conversations = fresh.conversations.map((one) =>
      one === entry ? { ...one, consent: { ...one.consent, level: 'do_not_contact' as const, revokedAt: now } } : one,
    );
    return sendVersion(store, site, fresh, conversations, now);
  });
}

/**
 * The shopper affirmed the disclosure after volunteering their number: this conversation's consent record
 * becomes `express_written` with the disclosure's text and time, and the lead goes out again as an update.
 */
export function upgradeConsent(store: Store, site: SiteRecord, lead: LeadRecord, conversationId: string, consent: ConsentGiven, now: Date): Promise<LeadRecord> {
  return changeLead(store, lead.id, async (fresh) => {
    const entry = fresh && entryOf(fresh, conversationId);
    if (!fresh || !entry || entry.consent.revokedAt || entry.consent.level === 'express_written') return fresh ?? lead;
    const conversations = fresh.conversations.map((one) =>
      one === entry ? { ...one, consent: { ...one.consent, ...consent, level: 'express_written' as const, ...replacing(one.consent) } } : one,
    );
    return sendVersion(store, site, fresh, conversations, now);
  });
}
