import type { CapturedFacts, Extraction } from '../capture/facts.js';
import { consentText } from '../leads/consent.js';
import { captureLead, markDoNotContact, refreshLeadFacts, type ConsentGiven } from '../leads/lead-service.js';
import type { ConversationRecord, ConversationState, LeadRecord, MessageRecord, SiteRecord, VisitorRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import type { ContactOutcome } from './responder.js';

export interface ContactStepInput {
  store: Store;
  site: SiteRecord;
  conversation: ConversationRecord;
  visitor: VisitorRecord;
  message: MessageRecord;
  extraction: Extraction;
  facts: CapturedFacts;
  ip: string;
  userAgent?: string;
  now: Date;
}

export interface ContactStepResult {
  outcome: ContactOutcome;
  state: ConversationState;
  /** The lead, when this step created or changed it. */
  lead?: LeadRecord;
  /** The lead was created or its contact changed: tell the visitor's page. */
  announce: boolean;
}

/**
 * Decides what a message's contact details mean. A number given after the disclosure was shown is
 * consent (the visitor typed it next to the disclosure); a number volunteered earlier waits for a yes.
 */
export async function contactStep(input: ContactStepInput): Promise<ContactStepResult> {
  const { store, site, conversation, extraction, now } = input;
  const state = { ...conversation.state };
  // Read only when needed: most messages neither opt out nor change what the lead says.
  const loadLead = async () => (conversation.leadId ? ((await store.leads.byId(conversation.leadId)) ?? undefined) : undefined);

  if (extraction.optOut) {
    state.optedOut = true;
    state.pendingContact = undefined;
    const lead = await loadLead();
    const updated = lead ? await markDoNotContact(store, site, lead, now) : undefined;
    return { outcome: { kind: 'opted_out' }, state, lead: updated, announce: false };
  }

  const phone = extraction.phones[0];
  const email = extraction.emails[0];
  if (phone || email) {
    const contact = { phone: phone?.e164, phoneNational: phone?.national, email };
    if (!state.disclosure) {
      state.pendingContact = { phone: contact.phone, phoneNational: contact.phoneNational, email, messageId: input.message.id };
      return { outcome: { kind: 'needs_consent', phone: phone?.national, email }, state, announce: false };
    }
    return consented(input, state, contact, input.message.id);
  }

  if (state.pendingContact && state.lastQuestion === 'consent') {
    if (extraction.affirmative) {
      const pending = state.pendingContact;
      state.pendingContact = undefined;
      return consented(input, state, { phone: pending.phone, phoneNational: pending.phoneNational, email: pending.email }, input.message.id);
    }
    if (extraction.negative) {
      state.pendingContact = undefined;
      state.declinedPhone = true;
      return { outcome: { kind: 'consent_declined' }, state, announce: false };
    }
  }

  if (extraction.badPhone) {
    return { outcome: { kind: 'bad_phone', reason: extraction.badPhone.reason }, state, announce: false };
  }

  const none = { outcome: { kind: 'none' as const }, state, announce: false };
  if (JSON.stringify(input.facts) === JSON.stringify(conversation.facts)) return none;
  const lead = await loadLead();
  return lead ? { ...none, lead: await refreshLeadFacts(store, lead, input.facts, now) } : none;
}

async function consented(
  input: ContactStepInput,
  state: ConversationState,
  contact: { phone?: string; phoneNational?: string; email?: string },
  messageId: string,
): Promise<ContactStepResult> {
  const { store, site, conversation, visitor, now } = input;
  const shown = state.disclosure ?? { text: consentText(site, conversation.locale), shownAt: now, messageId };
  const consent: ConsentGiven = {
    level: 'express_written',
    text: shown.text,
    shownAt: shown.shownAt,
    givenAt: now,
    messageId,
    ip: input.ip,
    userAgent: input.userAgent,
    pageUrl: visitor.pages.at(-1)?.url ?? conversation.source.page?.url,
  };
  const { lead, created } = await captureLead(store, {
    site,
    conversation,
    visitor,
    facts: input.facts,
    contact,
    consent,
    now,
  });
  state.optedOut = false;
  const outcome: ContactOutcome = {
    kind: created ? 'lead_created' : 'lead_updated',
    phone: contact.phoneNational,
    email: contact.email,
  };
  return { outcome, state, lead, announce: true };
}
