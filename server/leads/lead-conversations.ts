import type { CapturedFacts } from '../capture/facts.js';
import type { ConversationRecord, LeadConversationRecord, LeadRecord } from '../store/records.js';
import { mergeInterest } from './interest.js';
import { leadSummary } from './summary.js';

export type LeadView = Pick<
  LeadRecord,
  'visitorId' | 'conversationId' | 'consent' | 'contact' | 'interest' | 'summary' | 'language' | 'doNotContact' | 'openQuestions'
>;

/** The lead's entry for this conversation, if the conversation gave its phone or email. */
export function entryOf(lead: LeadRecord, conversationId: string): LeadConversationRecord | undefined {
  return lead.conversations.find((entry) => entry.conversationId === conversationId);
}

/**
 * The top of a lead, derived from its conversations only (so removing one removes all it said): the first
 * conversation's visitor, conversation and consent; contact and interest from that visitor's conversations, a
 * later one updating an earlier one. Another visitor's words never reach it: a stranger who types the same
 * number is shown beside the lead, attributed, not mixed into it. Do-not-contact once no consent stands.
 */
export function leadView(conversations: LeadConversationRecord[]): LeadView {
  const [first] = conversations;
  if (!first) throw new Error('[Cathy] Failed to describe a lead: it has no conversation left. Delete it instead.');
  const own = conversations.filter((entry) => entry.visitorId === first.visitorId);
  const last = own.at(-1) ?? first;
  const openQuestions = [...new Set(own.flatMap((entry) => entry.openQuestions ?? []))];
  return {
    visitorId: first.visitorId,
    conversationId: first.conversationId,
    consent: first.consent,
    contact: Object.assign({}, ...own.map((entry) => entry.contact)) as LeadRecord['contact'],
    interest: Object.assign({}, ...own.map((entry) => entry.interest)) as LeadRecord['interest'],
    summary: last.summary,
    language: first.language,
    doNotContact: conversations.every((entry) => entry.consent.revokedAt !== undefined),
    openQuestions,
  };
}

/** Where a lead came from: its first conversation's page, referrer and UTM (nothing once that conversation is gone). */
export function leadSource(conversation: ConversationRecord | null | undefined): LeadRecord['source'] {
  if (!conversation) return {};
  const { page, referrer, utm } = conversation.source;
  return { page, referrer, utm };
}

export type ContactGiven = { phone?: string; phoneNational?: string; email?: string };

export function contactOf(facts: CapturedFacts, contact: ContactGiven, previous?: LeadRecord['contact']): LeadRecord['contact'] {
  const firstName = facts.firstName ?? previous?.firstName;
  const lastName = facts.lastName ?? previous?.lastName;
  const name = [firstName, lastName].filter(Boolean).join(' ') || previous?.name;
  return {
    ...previous,
    ...(name ? { name } : {}),
    ...(firstName ? { firstName } : {}),
    ...(lastName ? { lastName } : {}),
    ...(contact.phone ? { phone: contact.phone, phoneNational: contact.phoneNational } : {}),
    ...(contact.email ? { email: contact.email } : {}),
  };
}

/** The entry's facts after the conversation said more; contact details change only with consent (`contact`). */
export function withFacts(
  entry: LeadConversationRecord,
  facts: CapturedFacts,
  contact: ContactGiven = {},
  summary?: string,
): LeadConversationRecord {
  return {
    ...entry,
    contact: contactOf(facts, contact, entry.contact),
    interest: mergeInterest(entry.interest, facts),
    summary: summary ?? leadSummary(facts),
    ...(facts.language ? { language: facts.language } : {}),
    ...(facts.questions?.length ? { openQuestions: facts.questions } : {}),
  };
}

/** The lead with `conversations` replaced and its top derived again. */
export function withConversations(lead: LeadRecord, conversations: LeadConversationRecord[]): LeadRecord {
  return { ...lead, ...leadView(conversations), conversations };
}
