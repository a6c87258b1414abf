import type { ChatMessage, Locale } from '../../sdk/protocol/index.js';
import type { CapturedFacts, Extraction } from '../capture/facts.js';
import type { ConversationState, PageView, SiteRecord } from '../store/records.js';
import type { Reading } from '../understanding/reading.js';

/** The site facts a responder may use; never secrets. */
export type ResponderSite = Pick<
  SiteRecord,
  'id' | 'name' | 'persona' | 'timezone' | 'businessHours' | 'phone' | 'address' | 'locale' | 'knowledge'
>;

export interface ResponderInput {
  site: ResponderSite;
  conversationId: string;
  locale: Locale;
  now: Date;
  /** Recent messages, oldest first, including the visitor message being answered. */
  history: ChatMessage[];
  /** The visitor message being answered. */
  text: string;
  extraction: Extraction;
  /** This message understood; absent, the offline responder reads it itself. */
  reading?: Reading;
  /** Facts after merging this message. */
  facts: CapturedFacts;
  /** State before this reply. */
  state: ConversationState;
  /** What the engine did with this message's contact details. */
  contact: ContactOutcome;
  visitor: { returning: boolean; pages: PageView[] };
  /** The shopper called for a person (this turn, or one is still on the way): who can come, and so what Cathy says. */
  escalation?: EscalationTurn;
}

/**
 * Where a call for a person stands for this reply (see docs/architecture.md, Escalation):
 * - `waiting`: the store is open and someone of the team is online; they are alerted and will join the chat.
 *   Cathy says so, asks for no number and offers no person.
 * - `unavailable`: open, but nobody of the team is at the chat: Cathy says so at once and arranges a call back.
 * - `closed`: after hours: Cathy says when the store opens and arranges a call back.
 * `started` is true on the turn the escalation began.
 */
export interface EscalationTurn {
  phase: 'waiting' | 'unavailable' | 'closed';
  started: boolean;
}

/**
 * - `lead_created` / `lead_updated`: a number with consent made or refreshed the lead.
 * - `needs_consent`: a number arrived before the disclosure was shown: the lead exists as a call-back request
 *   and Cathy asks once whether calls and texts are okay.
 * - `texts_declined`: the visitor said no to that question; the call back they asked for stands.
 * - `consent_declined`: the visitor said no to being contacted.
 * - `bad_phone`: the number could not be used; Cathy re-asks kindly.
 * - `opted_out`: the visitor asked not to be contacted; the lead is do-not-contact.
 */
export type ContactOutcome =
  | { kind: 'none' }
  | { kind: 'lead_created' | 'lead_updated'; phone?: string; email?: string }
  | { kind: 'needs_consent'; phone?: string; email?: string }
  | { kind: 'consent_declined' | 'texts_declined' }
  | { kind: 'bad_phone'; reason: 'invalid' | 'fictional' | 'incomplete' }
  | { kind: 'opted_out' };

export interface ReplyMeta {
  /** Cathy asked for a phone number (or confirmation of one): the engine attaches the disclosure. */
  asksForContact: boolean;
  /** State changes the reply implies (e.g. `phoneAsks`, `lastQuestion`, `humanRequested`). */
  state: Partial<ConversationState>;
  language: Locale;
}

export type ResponderChunk = { type: 'delta'; text: string } | { type: 'done'; meta: ReplyMeta };

/** A brain for Cathy: the offline responder, or a language model (later) beside it. */
export interface Responder {
  readonly mode: 'offline' | 'openai';
  /** Yields text deltas in order, then exactly one `done`. */
  respond(input: ResponderInput, signal?: AbortSignal): AsyncIterable<ResponderChunk>;
}
