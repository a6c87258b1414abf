import type { Locale, PageContext, Utm } from './models.js';

/** Where the lead stands in delivery: created, its facts changed since, or the visitor opted out (see docs/rest.md). */
export type LeadStatus = 'new' | 'updated' | 'do_not_contact';

/** Where the dealer's people have taken the lead; kept apart from `status`, which Cathy sets (see docs/rest.md). */
export type LeadStage = 'new' | 'contacted' | 'appointment' | 'sold' | 'lost';

export const LEAD_STAGES: readonly LeadStage[] = ['new', 'contacted', 'appointment', 'sold', 'lost'];

/** The sales pipeline, written only by the dealer (`PATCH /v1/leads/:id`). */
export interface LeadPipeline {
  stage: LeadStage;
  /** Why the lead was lost; only with `lost`. */
  reason?: string;
  /** Who works the lead: a name or email, free text. */
  assignee?: string;
  notes?: string;
  /** When the stage, assignee or notes last changed; absent on a lead nobody has touched. */
  changedAt?: string;
}

/** `none`: the site has no lead recipients, CRM address or webhook, so nothing is sent. */
export type DeliveryStatus = 'none' | 'pending' | 'delivered' | 'delivered_to_file' | 'failed';

export interface LeadContact {
  name?: string;
  firstName?: string;
  lastName?: string;
  /** E.164. */
  phone?: string;
  /** National format, for display. */
  phoneNational?: string;
  email?: string;
}

export interface LeadInterest {
  vehicle?: string;
  year?: number;
  make?: string;
  model?: string;
  condition?: 'new' | 'used';
  tradeIn?: string;
  budget?: string;
  monthlyBudget?: number;
  /** The credit situation in the visitor's own words. */
  credit?: string;
  timeframe?: string;
  callTime?: string;
  /** The down payment the visitor mentioned, in dollars. */
  downPayment?: number;
  /** How the visitor said they would rather be reached. */
  contactPreference?: 'text' | 'call';
}

/**
 * What the dealer may do with the contact details (see docs/rest.md, consent levels):
 * - `contact_requested`: the visitor gave a number or email and asked to be contacted; a person may call back.
 * - `express_written`: the disclosure was visible beside the input when the number was typed, or the visitor
 *   affirmed it afterwards; calls and texts, including automated ones, are allowed.
 * - `do_not_contact`: the visitor opted out.
 */
export type ConsentLevel = 'contact_requested' | 'express_written' | 'do_not_contact';

export interface LeadConsent {
  level: ConsentLevel;
  /**
   * Where the disclosure stood when the number was typed or affirmed: `beside_input`, directly above the chat
   * input, as the widget draws it. Absent for `contact_requested` (no disclosure was shown).
   */
  shownWhere?: 'beside_input';
  /** The exact disclosure text shown to the visitor. */
  text: string;
  shownAt: string;
  givenAt: string;
  ip?: string;
  userAgent?: string;
  pageUrl?: string;
  phone?: string;
  email?: string;
  /** The visitor message that gave the number. */
  messageId: string;
  /** When this visitor opted out: this record no longer allows contact; other visitors' records stand. */
  revokedAt?: string;
  /**
   * The records this one replaced, oldest first (e.g. the `contact_requested` call-back request before a later yes
   * made it `express_written`): each level keeps its own text, place, time, page, IP and user agent.
   */
  earlier?: Array<Omit<LeadConsent, 'earlier'>>;
}

/**
 * One conversation that gave the lead's phone or email: what that conversation said, and its visitor's own
 * consent record. A second shopper typing the same number joins the lead as another entry; nothing one
 * conversation said is ever written into another's entry.
 */
export interface LeadConversation {
  conversationId: string;
  visitorId: string;
  contact: LeadContact;
  interest: LeadInterest;
  summary: string;
  language: Locale;
  consent: LeadConsent;
  /** Questions this conversation asked that Cathy left to a specialist, in the shopper's words. */
  openQuestions?: string[];
  /** The lead version that added this conversation. */
  joinedVersion: number;
  joinedAt: string;
}

/**
 * The body of `PATCH /v1/leads/:id`: only the fields given change; `null` clears an assignee or notes.
 * `lost` needs a `reason`, and a `reason` is given only with `lost`.
 */
export interface LeadPipelinePatch {
  stage?: LeadStage;
  reason?: string;
  assignee?: string | null;
  notes?: string | null;
}

/**
 * A lead as the dealer sees it. `visitorId`, `conversationId`, `consent`, `contact`, `interest` and `summary` are
 * those of the first conversation (later conversations of the same visitor fill in and update them);
 * `conversations` holds every contributing conversation with its own facts and consent, first one first.
 */
export interface Lead {
  id: string;
  siteId: string;
  visitorId: string;
  conversationId: string;
  status: LeadStatus;
  pipeline: LeadPipeline;
  doNotContact: boolean;
  version: number;
  contact: LeadContact;
  interest: LeadInterest;
  consent: LeadConsent;
  conversations: LeadConversation[];
  source: { page?: PageContext; referrer?: string; utm?: Utm };
  language: Locale;
  summary: string;
  /** Questions the visitor asked that Cathy left to a specialist, in their words. */
  openQuestions?: string[];
  delivery: { status: DeliveryStatus; updatedAt: string };
  createdAt: string;
  updatedAt: string;
}
