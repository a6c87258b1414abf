import type { CapturedFacts, Extraction } from '../capture/facts.js';
import { consentText } from '../leads/consent.js';
import { captureLead, markDoNotContact, refreshLeadFacts, upgradeConsent, type ConsentGiven } from '../leads/lead-service.js';
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
  /** A new version of the lead went to the dealer (not on a resend whose consent was already recorded). */
  sent?: boolean;
  /** That version was a new lead document, not another conversation joining one. */
  created?: boolean;
}

/**
 * Decides what a message's contact details mean. Any valid phone or email makes or updates the lead in this
 * turn: `express_written` when the disclosure was shown before the number was typed, else `contact_requested`,
 * which a later yes to Cathy's one consent question upgrades (see docs/rest.md, consent levels).
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
    const updated = lead ? await markDoNotContact(store, site, lead, conversation.id, now) : undefined;
    return { outcome: { kind: 'opted_out' }, state, lead: updated, announce: false };
  }

  const phone = extraction.phones[0];
  const email = extraction.emails[0];
  if (phone || email) {
    const contact = { phone: phone?.e164, phoneNational: phone?.national, email };
    if (!state.disclosure) {
      // A volunteered contact is a lead at once, as a call-back request; Cathy asks once for the written consent.
      const step = await consented(input, state, contact, 'contact_requested');
      state.pendingContact = { phone: contact.phone, phoneNational: contact.phoneNational, email, messageId: input.message.id };
      return { ...step, outcome: { kind: 'needs_consent', phone: phone?.national, email } };
    }
    return consented(input, state, contact, 'express_written');
  }

  if (state.pendingContact && state.lastQuestion === 'consent') {
    if (extraction.affirmative) {
      state.pendingContact = undefined;
      const lead = await loadLead();
      const upgraded = lead ? await upgradeConsent(store, site, lead, conversation.id, consentOf(input, state, 'express_written'), now) : undefined;
      // Said as a thank-you for the go-ahead: to the shopper nothing was "updated", they just said yes.
      const sent = upgraded !== undefined && upgraded.version !== lead?.version;
      return { outcome: { kind: 'lead_created' }, state, lead: upgraded, announce: upgraded !== undefined, sent, created: false };
    }
    if (extraction.negative) {
      // The lead stays a call-back request: a "no" to texts is not a "no" to the call they asked for.
      state.pendingContact = undefined;
      return { outcome: { kind: 'texts_declined' }, state, announce: false };
    }
  }

  if (extraction.badPhone) {
    return { outcome: { kind: 'bad_phone', reason: extraction.badPhone.reason }, state, announce: false };
  }

  const none = { outcome: { kind: 'none' as const }, state, announce: false };
  if (JSON.stringify(input.facts) === JSON.stringify(conversation.facts)) return none;
  const lead = await loadLead();
  return lead ? { ...none, lead: await refreshLeadFacts(store, lead, conversation.id, input.facts, now) } : none;
}

/**
 * The consent record of this message: for `express_written` the disclosure shown (or, affirmed afterwards, the
 * one shown with Cathy's question); for `contact_requested` the shopper's own words asking to be contacted.
 */
function consentOf(input: ContactStepInput, state: ConversationState, level: ConsentGiven['level']): ConsentGiven {
  const { site, conversation, visitor, now, message } = input;
  const shown =
    level === 'express_written'
      ? (state.disclosure ?? { text: consentText(site, conversation.locale), shownAt: now })
      : { text: message.text, shownAt: now };
  return {
    level,
    // The widget draws the disclosure of Cathy's ask directly above the input until the visitor answers.
    ...(level === 'express_written' ? { shownWhere: 'beside_input' as const } : {}),
    text: shown.text,
    shownAt: shown.shownAt,
    givenAt: now,
    messageId: message.id,
    ip: input.ip,
    userAgent: input.userAgent,
    pageUrl: visitor.pages.at(-1)?.url ?? conversation.source.page?.url,
  };
}

async function consented(
  input: ContactStepInput,
  state: ConversationState,
  contact: { phone?: string; phoneNational?: string; email?: string },
  level: ConsentGiven['level'],
): Promise<ContactStepResult> {
  const { store, site, conversation, visitor, now } = input;
  const consent = consentOf(input, state, level);
  const { lead, created, sent } = await captureLead(store, {
    site,
    conversation,
    visitor,
    facts: input.facts,
    contact,
    consent,
    now,
  });
  state.optedOut = false;
  // From this conversation's side: joining another shopper's lead must read exactly like creating one.
  const outcome: ContactOutcome = {
    kind: conversation.leadId ? 'lead_updated' : 'lead_created',
    phone: contact.phoneNational,
    email: contact.email,
  };
  return { outcome, state, lead, announce: true, created, sent };
}
