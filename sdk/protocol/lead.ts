import type { Locale, PageContext, Utm } from './models.js';

export type LeadStatus = 'new' | 'updated' | 'do_not_contact';
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
}

export interface Lead {
  id: string;
  siteId: string;
  visitorId: string;
  conversationId: string;
  status: LeadStatus;
  doNotContact: boolean;
  version: number;
  contact: LeadContact;
  interest: LeadInterest;
  consent: LeadConsent;
  source: { page?: PageContext; referrer?: string; utm?: Utm };
  language: Locale;
  summary: string;
  /** Questions the visitor asked that Cathy left to a specialist, in their words. */
  openQuestions?: string[];
  delivery: { status: DeliveryStatus; updatedAt: string };
  createdAt: string;
  updatedAt: string;
}
