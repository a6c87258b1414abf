import type { CapturedFacts, Extraction } from './facts.js';
import { findContactPreference } from './contact-preference.js';
import { findEmails } from './email.js';
import { isAffirmative, isNegative, isOptOut } from './intent.js';
import { detectLanguage } from './language.js';
import { findBudget } from './money.js';
import { extractName } from './name.js';
import { findPhones } from './phone.js';
import { findCallTime, findCredit, findTimeframe } from './situation.js';
import { maskSpans } from './text.js';
import { findTradeIn } from './trade-in.js';
import { findVehicle } from './vehicle.js';

export interface ExtractOptions {
  /** ISO 3166-1 alpha-2 country for numbers written without "+", e.g. "US". */
  defaultCountry: string;
  /** Bounds model years (up to next year); defaults to the current time. */
  now?: Date;
}

/**
 * Reads one visitor message: contact details, lead facts, opt-outs, yes/no answers and language.
 * Pure and fast enough to run on every message.
 *
 * @example
 * const found = extract('soy Carmen, mi cel es 786 555 1234', { defaultCountry: 'US' });
 * found.phones[0]?.e164; // '+17865551234'
 * found.facts.firstName; // 'Carmen'
 */
export function extract(message: string, options: ExtractOptions): Extraction {
  // A phone keyboard may send "é" as "e" plus a combining accent (NFD); every pattern here expects one character.
  const text = message.normalize('NFC');
  const phones = findPhones(text, options.defaultCountry);
  const emails = findEmails(text);
  // Digits of a phone or an email must not read as a price, a year or a name.
  const rest = maskSpans(text, [...phones.spans, ...emails.spans]);
  const trade = findTradeIn(rest);
  // The trade-in's vehicle is the one they are leaving, not the one they want.
  const wanted = trade.span ? maskSpans(rest, [trade.span]) : rest;
  const { vehicle, condition } = findVehicle(wanted, options.now ?? new Date());
  const language = detectLanguage(rest);

  const found: CapturedFacts = {
    ...extractName(rest),
    phone: phones.phones[0]?.e164,
    email: emails.emails[0],
    vehicle,
    condition,
    budget: findBudget(rest),
    tradeIn: trade.tradeIn,
    // Quoted to the dealer as written, so it reads the message, with only emails set apart ("bad.credit@…" is no story).
    credit: findCredit(emails.spans.reduceRight((out, [start, end]) => `${out.slice(0, start)}[email]${out.slice(end)}`, text)),
    timeframe: findTimeframe(rest),
    callTime: findCallTime(rest),
    contactPreference: findContactPreference(rest),
    language,
  };
  const facts = Object.fromEntries(
    Object.entries(found).filter(([, value]) => value !== undefined),
  ) as Partial<CapturedFacts>;

  const extraction: Extraction = {
    phones: phones.phones,
    emails: emails.emails,
    facts,
    optOut: isOptOut(rest),
    affirmative: isAffirmative(text),
    negative: isNegative(text),
  };
  if (phones.badPhone) extraction.badPhone = phones.badPhone;
  if (language) extraction.language = language;
  return extraction;
}
