import {
  findPhoneNumbersInText,
  isSupportedCountry,
  validatePhoneNumberLength,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import type { PhoneFound, PhoneProblem } from './facts.js';
import type { Span } from './text.js';

export interface PhoneScan {
  phones: PhoneFound[];
  /** The first number-like run that cannot be used, so Cathy can re-ask kindly. */
  badPhone?: { raw: string; reason: PhoneProblem };
  /** Where the numbers and number-like runs sit, so other extractors skip their digits. */
  spans: Span[];
}

// Digit runs joined by phone separators. Runs touching letters, "$", "#" or decimal/thousand marks are
// prices, stock numbers or VINs, and a following unit ("60,000 miles", "20k") rules the run out too.
const NUMBER_LIKE =
  /(?<![\p{L}\p{N}$#/.,])(?:\+\s?)?\(?\d[\d ().-]*\d\)?(?![\p{L}\p{N}%]|[.,]\d|\s?(?:k\b|%|miles\b|millas\b|km\b))/giu;

/**
 * Finds phone numbers in a visitor message, and the first number-like run that is not a usable phone.
 *
 * @example
 * findPhones('call me at 305.555.1234', 'US').phones; // [{ e164: '+13055551234', national: '(305) 555-1234' }]
 */
export function findPhones(text: string, defaultCountry: string): PhoneScan {
  const country = toCountry(defaultCountry);
  const scan: PhoneScan = { phones: [], spans: [] };
  const problems: Array<{ at: number; raw: string; reason: PhoneProblem }> = [];

  for (const found of findPhoneNumbersInText(text, { defaultCountry: country })) {
    scan.spans.push([found.startsAt, found.endsAt]);
    const reason = nanpProblem(found.number);
    if (reason) {
      problems.push({ at: found.startsAt, raw: text.slice(found.startsAt, found.endsAt), reason });
    } else if (!scan.phones.some((phone) => phone.e164 === found.number.number)) {
      scan.phones.push({ e164: found.number.number, national: found.number.formatNational() });
    }
  }

  for (const match of text.matchAll(NUMBER_LIKE)) {
    const span: Span = [match.index, match.index + match[0].length];
    if (scan.spans.some(([start, end]) => span[0] < end && start < span[1])) continue;
    if (!looksLikePhone(match[0])) continue;
    scan.spans.push(span);
    const length = validatePhoneNumberLength(match[0], country);
    problems.push({ at: span[0], raw: match[0], reason: length === 'TOO_SHORT' ? 'incomplete' : 'invalid' });
  }

  const first = problems.sort((a, b) => a.at - b.at)[0];
  if (first) scan.badPhone = { raw: first.raw, reason: first.reason };
  return scan;
}

function toCountry(code: string): CountryCode {
  const upper = code.toUpperCase();
  if (!isSupportedCountry(upper)) {
    throw new Error(
      `[Cathy] Failed to find phone numbers: "${code}" is not a supported country. ` +
        'Use an ISO 3166-1 alpha-2 code such as "US".',
    );
  }
  return upper;
}

/** libphonenumber accepts N11 exchanges and the 555-01xx range reserved for fiction; NANP does not. */
function nanpProblem(number: PhoneNumber): PhoneProblem | undefined {
  if (number.countryCallingCode !== '1') return undefined;
  const national = number.nationalNumber;
  const areaCode = national.slice(0, 3);
  const exchange = national.slice(3, 6);
  const isN11 = (code: string) => /^\d11$/.test(code);
  if (/^[01]/.test(areaCode) || /^[01]/.test(exchange) || isN11(areaCode) || isN11(exchange)) return 'invalid';
  if (exchange === '555' && /^01\d\d$/.test(national.slice(6))) return 'fictional';
  return undefined;
}

/**
 * Only runs written the way people write phones count, so year ranges ("2018-2020"), zip+4 codes and dates
 * are left alone: a solid run of 7–15 digits, anything after "+", or an area-code-first grouping.
 */
function looksLikePhone(raw: string): boolean {
  const groups = raw.match(/\d+/g) ?? [];
  const digits = groups.join('').length;
  if (digits < 7 || digits > 15) return false;
  if (groups.length === 1 || raw.startsWith('+')) return true;
  const local = groups[0] === '1' ? groups.slice(1) : groups;
  return local[0]?.length === 3 && local.length <= 3 && local.slice(1).every((group) => group.length <= 7);
}
