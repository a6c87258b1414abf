import type { ExpectedFacts } from '../shoppers/shopper.js';
import type { FactView } from './fact-view.js';
import { fold } from './fold.js';

export interface FactResult {
  field: keyof ExpectedFacts;
  right: boolean;
  expected: unknown;
  got: unknown;
}

const QUESTION = /\?|^(?:what|whats|how|when|where|why|do|does|can|could|will|would|is|are|r u|cuanto|cuanta|que|como|donde|cuando|tienen|hay|puedo|aceptan)\b/;
const FREE_TEXT = ['credit', 'timeframe', 'tradeIn'] as const;

/** True when a remembered value is the shopper's question, not a fact ("Will this hurt my credit?"). */
export function isQuestion(value: string | undefined): boolean {
  return value !== undefined && QUESTION.test(fold(value).trim());
}

const squash = (text: string | undefined) => fold(text ?? '').replace(/[^a-z0-9]/g, '');
const same = (a: string | undefined, b: string) => squash(a) === squash(b);
/** Each keyword may hold alternatives ("repo|repossess"); every keyword must appear. */
const mentions = (text: string | undefined, keywords: readonly string[]) =>
  text !== undefined && !isQuestion(text) && keywords.every((keyword) => keyword.split('|').some((alt) => fold(text).includes(fold(alt))));

/** Whole-dollar amounts written in a text: "$2,000", "2k", "1.5k", and Spanish "3 mil" (a salesperson reads 3,000). */
function amounts(text: string | undefined): number[] {
  return [...fold(text ?? '').matchAll(/(\d[\d,]*(?:\.\d+)?)(?:\s*(k|mil|thousand|grand)\b)?/g)].map(
    (m) => Number((m[1] ?? '').replace(/,/g, '')) * (m[2] ? 1000 : 1),
  );
}

function judge(field: keyof ExpectedFacts, expected: ExpectedFacts, got: FactView): boolean {
  switch (field) {
    case 'firstName':
      return expected.firstName === null ? !got.firstName : same(got.firstName, expected.firstName ?? '');
    case 'lastName':
      return expected.lastName === null ? !got.lastName : same(got.lastName, expected.lastName ?? '');
    case 'vehicle': {
      const want = expected.vehicle ?? {};
      const part = (value: string | number | undefined, wanted: string | number | null | undefined) =>
        wanted === undefined || (wanted === null ? value === undefined : same(String(value ?? ''), String(wanted)));
      const words = !want.mentions || mentions([got.vehicleText, got.make, got.model].join(' '), want.mentions);
      return part(got.make, want.make) && part(got.model, want.model) && part(got.year, want.year) && words;
    }
    case 'tradeIn':
      return expected.tradeIn === false ? !got.tradeIn || /^(?:no|none|ninguno)\b/.test(fold(got.tradeIn)) : mentions(got.tradeIn, expected.tradeIn ?? []);
    case 'monthly':
      return got.monthly === expected.monthly || amounts(got.budget).includes(expected.monthly ?? NaN);
    case 'down':
      return amounts(got.budget).includes(expected.down ?? NaN);
    case 'credit':
      return expected.credit === null ? !got.credit : mentions(got.credit, expected.credit ?? []);
    case 'timeframe':
      return expected.timeframe === null ? !got.timeframe : mentions(got.timeframe, expected.timeframe ?? []);
    case 'callTime':
      return fold(got.callTime ?? '').includes(expected.callTime ?? '');
    case 'texting':
      return /\btext(?:s|ing)?\b|\bsms\b|mensaje/.test(fold(got.everything));
    case 'phone':
      return got.phone === expected.phone;
    case 'email':
      return same(got.email, expected.email ?? '');
    case 'doNotContact':
      return got.doNotContact === true;
  }
}

const GOT: Record<keyof ExpectedFacts, (view: FactView) => unknown> = {
  firstName: (v) => v.firstName,
  lastName: (v) => v.lastName,
  vehicle: (v) => ({ text: v.vehicleText, make: v.make, model: v.model, year: v.year }),
  tradeIn: (v) => v.tradeIn,
  monthly: (v) => v.monthly ?? v.budget,
  down: (v) => v.budget,
  credit: (v) => v.credit,
  timeframe: (v) => v.timeframe,
  callTime: (v) => v.callTime,
  texting: () => 'a mention of texting',
  phone: (v) => v.phone,
  email: (v) => v.email,
  doNotContact: (v) => v.doNotContact,
};

/**
 * Every expected fact against what the lead (or the conversation) holds, plus any free-text field the
 * script expects nothing of that holds a question instead of a fact.
 */
export function judgeFacts(expected: ExpectedFacts, got: FactView): FactResult[] {
  const judged = (Object.keys(expected) as Array<keyof ExpectedFacts>).map((field) => ({
    field,
    right: judge(field, expected, got),
    expected: expected[field],
    got: GOT[field](got),
  }));
  const questions = FREE_TEXT.filter((field) => !(field in expected) && isQuestion(got[field])).map((field) => ({
    field,
    right: false,
    expected: 'no question kept as a fact',
    got: got[field],
  }));
  return [...judged, ...questions];
}
