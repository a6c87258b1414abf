import type { CapturedFacts } from './facts.js';
import { fold, sentences } from './text.js';

const anyOf = (phrases: string[]) => new RegExp(`\\b(?:${phrases.join('|')})\\b`);

/** Folded, word-bounded phrases that mean the sentence is about the visitor's credit. */
const CREDIT = anyOf([
  'credit(?! cards?)', 'score', 'fico', 'bankrupt(?:cy)?', 'chapter (?:7|13)', 'repos?', 'repossess(?:ed|ion)?',
  'collections', 'in collection', 'charge ?-?offs?', 'late payments', 'first[ -]time (?:car )?buyer', 'first car',
  'self[ -]employed', 'itin', 'co-?signer', 'cosign', 'no ssn', 'no social',
  '(?<!tarjeta de )credito', 'bancarrota', 'quiebra', 'primer (?:carro|auto|coche)',
  'primera vez (?:comprando|que compro)', 'reposesion', 'me quitaron (?:el|mi) (?:carro|auto|coche)', 'puntaje',
  'historial', 'trabajo por mi cuenta', 'cuenta propia', 'sin seguro social', 'pagos atrasados', 'fiador', 'aval',
]);
const MAX_CREDIT_CHARS = 200;

/**
 * The sentences where the visitor describes their credit situation, in their own words, at most 200 characters.
 *
 * @example
 * findCredit("Hi! I had a repo in 2021 but I'm rebuilding. Need a truck."); // "I had a repo in 2021 but I'm rebuilding."
 */
export function findCredit(text: string): string | undefined {
  const said = sentences(text)
    .filter((sentence) => CREDIT.test(fold(sentence)))
    .map(fromFirstCreditClause)
    .join(' ');
  if (!said) return undefined;
  if (said.length <= MAX_CREDIT_CHARS) return said;
  const cut = said.slice(0, MAX_CREDIT_CHARS - 1);
  const wordEnd = cut.lastIndexOf(' ');
  return `${(wordEnd > 0 ? cut.slice(0, wordEnd) : cut).trimEnd()}…`;
}

/**
 * Drops leading clauses about something else ("around 300 a month, my credit…"), so the salesperson reads
 * the credit story; what follows the first credit clause stays, as it often qualifies it ("…, but I'm rebuilding").
 */
function fromFirstCreditClause(sentence: string): string {
  const clauses = sentence.split(/(?<=[,;])\s+/);
  const first = clauses.findIndex((clause) => CREDIT.test(fold(clause)));
  return first > 0 ? clauses.slice(first).join(' ') : sentence;
}

const TIMEFRAME = anyOf([
  'today', 'tonight', 'tomorrow', 'this (?:weekend|week|month|saturday|sunday|friday)', 'next (?:week|month|weekend)',
  'end of (?:the )?month', 'asap', 'as soon as possible', 'right away', 'immediately',
  '(?:in|within) (?:a|an|one|two|three|a few|a couple(?: of)?|\\d+) (?:days?|weeks?|months?)',
  // "few months", "2 weeks, before I ship out": a period said without "in"; not one in the past or owed.
  '(?<!\\d )(?:a few|a couple(?: of)?|few|couple(?: of)?|one|two|three|four|[1-9]) (?:weeks?|months?)(?! (?:ago|back|old|behind|late|in a row|of (?:pay|rent))\\b)',
  'just (?:looking|browsing)', 'only looking', 'no rush', 'not in a (?:rush|hurry)',
  // "mañana" is tomorrow, but "por la mañana" is a time of day.
  'hoy', '(?<!la )manana', 'esta semana', 'este (?:fin de semana|mes)', '(?:la )?proxima semana',
  '(?:el )?proximo mes', 'el mes que viene', 'fin de mes', 'lo (?:antes|mas pronto) posible', 'cuanto antes',
  'ahorita', 'pronto', 'en (?:un|una|dos|tres|unos|unas|un par de|\\d+) (?:dias|semanas|meses)',
  '(?:solo|nada mas|nomas) (?:estoy )?(?:viendo|mirando)',
]);

const EVERY_TIMEFRAME = new RegExp(TIMEFRAME, 'g');

/**
 * When the visitor means to buy, as they put it ("this weekend", "el próximo mes", "just looking").
 *
 * @example
 * findTimeframe('I need something by this weekend'); // 'this weekend'
 */
export function findTimeframe(text: string): string | undefined {
  const folded = fold(text);
  const spans: Array<[number, number]> = [];
  for (const m of folded.matchAll(EVERY_TIMEFRAME)) {
    if (isLoanTerm(m[0], sentenceAt(folded, m.index))) continue;
    const last = spans.at(-1);
    // "no rush, few months": phrases side by side read as one, so the period is not lost behind "no rush".
    if (last && /^[\s,]*(?:(?:maybe|probably|like|or|o|tal vez|quizas)\s+)?$/.test(folded.slice(last[1], m.index))) last[1] = m.index + m[0].length;
    else spans.push([m.index, m.index + m[0].length]);
  }
  const [first] = spans;
  return first ? text.slice(first[0], first[1]) : undefined;
}

/** A year or more of months beside a monthly payment ("300 a month within 60 months") is the loan's term. */
const LONG_MONTHS = /^(?:in|within|en) (\d+) (?:months|meses)$/;
const MONTHLY = /\d\s*(?:a|per|\/|al|por) ?(?:month|mo|mes)\b|\bmonthly\b|\bmensual/;

function isLoanTerm(phrase: string, sentence: string): boolean {
  const months = LONG_MONTHS.exec(phrase)?.[1];
  return months !== undefined && Number(months) >= 12 && MONTHLY.test(sentence);
}

function sentenceAt(text: string, index: number): string {
  const start = Math.max(...['.', '!', '?', '\n'].map((stop) => text.lastIndexOf(stop, index))) + 1;
  const end = text.slice(index).search(/[.!?\n]/);
  return text.slice(start, end === -1 ? undefined : index + end);
}

const CALL_TIMES: Array<[RegExp, NonNullable<CapturedFacts['callTime']>]> = [
  [/\b(?:(?<!good )mornings?|in the am|before noon|(?:por|en) la manana|en las mananas|temprano)\b/, 'morning'],
  [/\b(?:(?<!good )afternoons?|after lunch|(?:por|en) la tarde|en las tardes)\b/, 'afternoon'],
  [
    /\b(?:(?<!good )evenings?|tonight|at night|after work|(?:por|en) la noche|en las noches|despues del trabajo)\b/,
    'evening',
  ],
  [/\b(?:any ?time|whenever|no preference|cualquier hora|a cualquier hora|cuando sea|when ?ever)\b/, 'nopreference'],
];

/**
 * The best time to call, when the visitor names one ("evenings", "por la mañana", "anytime").
 *
 * @example
 * findCallTime('mañana por la mañana'); // 'morning'
 */
export function findCallTime(text: string): CapturedFacts['callTime'] {
  const folded = fold(text);
  let best: { at: number; time: NonNullable<CapturedFacts['callTime']> } | undefined;
  for (const [pattern, time] of CALL_TIMES) {
    const m = pattern.exec(folded);
    if (m && (!best || m.index < best.at)) best = { at: m.index, time };
  }
  return best?.time;
}
