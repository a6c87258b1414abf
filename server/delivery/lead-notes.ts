import type { LeadRecord } from '../store/records.js';
import { displayTime } from './zoned-time.js';

// What the salesperson email, the ADF comments and the webhook's readers must all read the same way: what the
// dealer may do with the number, how the shopper wants to be reached, and where they came from.

function pageName(url: string | undefined): string {
  if (!url) return 'the site';
  try {
    const { pathname } = new URL(url);
    return pathname === '/' ? 'the home page' : `${pathname}`;
  } catch {
    return 'the site';
  }
}

/**
 * The dealer's permission in one plain line, e.g. "Call back OK — no consent to texts or autodialed calls".
 *
 * @example permissionLine(lead, 'America/Chicago') // 'Calls and texts OK — written consent at Sat, Mar 1, 6:12 PM CST on /finance'
 */
export function permissionLine(lead: LeadRecord, timeZone: string): string {
  if (lead.doNotContact || lead.consent.level === 'do_not_contact') return 'Do not contact — the shopper opted out of calls and texts';
  if (lead.consent.level === 'contact_requested') return 'Call back OK — no consent to texts or autodialed calls';
  return `Calls and texts OK — written consent at ${displayTime(lead.consent.givenAt, timeZone)} on ${pageName(lead.consent.pageUrl)}`;
}

/** "Prefers texts" or "Prefers calls", when the shopper said so. */
export function preferenceLine(lead: Pick<LeadRecord, 'interest'>): string | undefined {
  const preference = lead.interest.contactPreference;
  if (!preference) return undefined;
  return preference === 'text' ? 'Prefers texts' : 'Prefers calls';
}

/** Where the shopper came from, e.g. "referrer https://www.google.com/; UTM source=google, campaign=spring". */
export function campaignLine(lead: LeadRecord): string | undefined {
  const { referrer, utm } = lead.source;
  const utmText = Object.entries(utm ?? {})
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
  const parts = [referrer && `referrer ${referrer}`, utmText && `UTM ${utmText}`].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/** Dollars as a person writes them: "$2,000". */
export function dollars(amount: number): string {
  return `$${amount.toLocaleString('en-US')}`;
}
