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
}

export interface LeadConsent {
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
  delivery: { status: DeliveryStatus; updatedAt: string };
  createdAt: string;
  updatedAt: string;
}
