import type { Budget } from './facts.js';
import { fold } from './text.js';

// An amount as typed: "$15,000", "20k", "15 mil", "350", "12 thousand dollars". Groups: $, digits, cents, unit.
const AMOUNT = new RegExp(
  String.raw`(?<![\w$.,/])(\$\s?)?(\d{1,3}(?:,\d{3})+|\d+)(?!\d)(\.\d{1,2})?` +
    String.raw`(?:\s?(k|mil|thousand|grand)\b)?(?:\s?(?:dollars|dolares|bucks|usd)\b)?`,
  'g',
);

const oneOf = (phrases: string[]) => phrases.join('|');
// Words allowed between a cue and its amount: "budget is around 18000", "enganche de unos 2000".
const FILLER = oneOf([
  'of', 'is', 'are', 'would be', 'be', 'around', 'about', 'under', 'below', 'less than', 'no more than', 'at most',
  'max', 'maximum', 'like', 'only', 'just', 'to', 'up to', 'roughly', 'close to', 'between',
  'de', 'como', 'es', 'unos', 'alrededor de', 'menos de', 'mas o menos', 'hasta', 'maximo', 'entre',
]);
/** A cue that ends right before the amount, across filler words. */
const cue = (phrases: string[]) => new RegExp(String.raw`\b(?:${oneOf(phrases)})(?:\s+(?:${FILLER}))*\s*$`);
/** A cue that starts right after the amount. */
// "500ish a month": the hedge sits between the amount and its cue.
const after = (phrases: string[]) => new RegExp(String.raw`^(?:-?ish\b)?\s*(?:${oneOf(phrases)})\b`);

const DOWN_AFTER = after([
  'down', '(?:de|del|para el|para|como|as|in)\\s+(?:enganche|inicial|entrada|down)', 'enganche', 'inicial', 'cash down',
]);
const DOWN_BEFORE = cue(['down ?payment', 'down', 'enganche', 'inicial', 'entrada', 'put', 'poner']);
const MONTHLY_AFTER = after([
  '(?:a|per|each|every|x|/)\\s?(?:month|mnth|mth|mo|mes)', 'monthly', '(?:al|por|cada|el) mes', 'mensual(?:es)?',
  '(?:de )?mensualidad',
]);
// "450 month" typed in a hurry; only for amounts a payment can be, so "a 72 month loan" stays a term.
const MONTHLY_BARE_AFTER = after(['month', 'mnth', 'mth']);
const MONTHLY_BEFORE = cue([
  'monthly(?: payments?)?', '(?<!down )payments?', 'pagos?(?: mensual(?:es)?)?', 'mensualidad(?:es)?',
]);
// Budget words that make even a year-like number money ("budget is 2000").
const BUDGET_WORDS = ['budget', 'presupuesto', 'spend', 'gastar', 'afford'];
const PLAINLY_BUDGET = cue(BUDGET_WORDS);
const TOTAL_BEFORE = cue([
  ...BUDGET_WORDS, 'under', 'below', 'less than', 'no more than', 'max(?:imum)?', 'up to', 'around', 'about',
  'approximately', 'roughly', 'price range', 'range', 'between',
  'hasta', 'menos de', 'alrededor de', 'unos', 'como', 'mas o menos', 'aproximadamente',
]);
const NOT_MONEY_AFTER = new RegExp(
  String.raw`^\s*(?:%|(?:${oneOf([
    'miles', 'mi', 'millas', 'km', 'kilometers', 'kilometros', 'percent', 'por ciento', 'years?', 'anos', 'months',
    'meses', 'weeks?', 'semanas', 'days?', 'dias', 'hours?', 'horas', 'pm', 'am', "o'?clock",
  ])})\b)`,
);
// Income, rent, scores, addresses and dates are numbers a visitor gives that are not what they will pay.
const NOT_MONEY_BEFORE = cue([
  'score', 'fico', 'puntaje', 'puntos', 'credit', 'credito', 'make', 'making', 'earn', 'earning', 'gano', 'ganando',
  'income', 'salary', 'sueldo', 'ingresos?', 'rent', 'renta', 'zip', 'apt', 'suite', 'number', 'numero', 'at', 'by',
  'in', 'since', 'desde', 'en',
]);

interface Piece {
  kind: 'monthly' | 'total' | 'down';
  value: number;
  start: number;
  end: number;
}

/**
 * Finds the visitor's budget: a monthly payment, a total price or a down payment, keeping their words.
 *
 * @example
 * findBudget('I can put $2,000 down and pay around 350 a month');
 * // { text: '$2,000 down and pay around 350 a month', down: 2000, monthly: 350 }
 */
export function findBudget(text: string): Budget | undefined {
  const folded = fold(text);
  const pieces = [...folded.matchAll(AMOUNT)].flatMap((m) => classify(folded, m));
  if (!pieces.length) return undefined;
  // Pieces a few words apart read as one phrase ("$2,000 down and 350 a month"); others are quoted apart.
  const phrases: Array<{ start: number; end: number }> = [];
  for (const piece of pieces) {
    const last = phrases.at(-1);
    const gap = last ? folded.slice(last.end, piece.start) : '';
    if (last && !/[.!?;,]/.test(gap) && gap.trim().split(/\s+/).length <= 3) last.end = piece.end;
    else phrases.push({ start: piece.start, end: piece.end });
  }
  const budget: Budget = { text: phrases.map((phrase) => text.slice(phrase.start, phrase.end)).join('; ') };
  for (const piece of pieces) budget[piece.kind] = piece.value;
  return budget;
}

function classify(folded: string, m: RegExpMatchArray): Piece[] {
  const at = m.index ?? 0;
  const before = folded.slice(Math.max(0, at - 40), at);
  const after = folded.slice(at + m[0].length, at + m[0].length + 30);
  if (NOT_MONEY_AFTER.test(after) || NOT_MONEY_BEFORE.test(before)) return [];

  const unit = m[4] ? 1000 : 1;
  const value = Math.round(Number((m[2] ?? '0').replace(/,/g, '') + (m[3] ?? '')) * unit);
  const piece = (kind: Piece['kind'], cueBefore?: RegExp, cueAfter?: RegExp): Piece[] => {
    const startCue = cueBefore?.exec(before);
    const endCue = cueAfter?.exec(after);
    const start = startCue ? at - (before.length - startCue.index) : at;
    return [{ kind, value, start, end: at + m[0].length + (endCue?.[0].length ?? 0) }];
  };

  if (DOWN_AFTER.test(after)) return piece('down', undefined, DOWN_AFTER);
  if (DOWN_BEFORE.test(before)) return piece('down', DOWN_BEFORE);
  if (value <= 0) return [];
  const monthlyCue = MONTHLY_BEFORE.test(before) ? MONTHLY_BEFORE : TOTAL_BEFORE;
  if (MONTHLY_AFTER.test(after)) return piece('monthly', monthlyCue, MONTHLY_AFTER);
  if (MONTHLY_BEFORE.test(before)) return piece('monthly', MONTHLY_BEFORE);
  if (value >= 100 && value < 5000 && MONTHLY_BARE_AFTER.test(after)) return piece('monthly', monthlyCue, MONTHLY_BARE_AFTER);

  const explicit = Boolean(m[1] || m[4]);
  const yearLike = !explicit && value >= 1900 && value <= 2099;
  if (value < 100 || (yearLike && !PLAINLY_BUDGET.test(before))) return [];
  if (!explicit && !TOTAL_BEFORE.test(before)) return [];
  // Nobody prices a whole car under $1,000 in chat: "my budget is 400" means a monthly payment.
  return piece(value < 1000 ? 'monthly' : 'total', TOTAL_BEFORE);
}
