import type { FoundMoney } from './found.js';

type MoneyRole = FoundMoney['role'];

const AMOUNT = /(?<![\w$.,/])\$?\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?(?:\s?(k|mil|thousand|grand)\b)?/g;
const ROLES: ReadonlyArray<[MoneyRole, RegExp, RegExp]> = [
  ['payoff', /\b(?:owe|owed|owing|payoff|pay off|balance|debo|deuda)\b[^.!?]{0,25}$/, /^\s*(?:left|still|owed|on (?:it|the|my))/],
  ['income', /\b(?:make|making|earn|earning|income|salary|gross|take home|paid|gano|ganando|ingresos?|sueldo)\b[^.!?]{0,20}$/, /^\s*(?:a|per|an|each|every|al|por)\s+(?:year|yr|week|wk|hour|hr|ano|semana|hora)\b/],
  ['down', /\b(?:down ?payment|put|enganche|inicial|entrada)\b[^.!?]{0,20}$/, /^\s*(?:down|de enganche|cash down|as a down)\b/],
  ['monthly', /\b(?:monthly|payments?|mensualidad|pagos?)\b[^.!?]{0,20}$/, /^(?:-?ish)?\s*(?:a|per|each|every|\/|x)\s?(?:month|mnth|mth|mo|mes)\b|^\s*(?:monthly|al mes|por mes|mensual)/],
  ['price', /\b(?:budget|under|below|less than|around|about|up to|max|spend|price|cost|presupuesto|hasta|menos de|gastar)\b[^.!?]{0,15}$/, /^\s*(?:budget|total|cash|out the door|de presupuesto)\b/],
];
const SCORE = /\b(?:score|fico|credit|puntaje|credito)\b[^.!?\d]{0,25}(\d{3})\b|\b(\d{3})\s*(?:credit|score|fico|puntaje|de credito)\b/;

/**
 * Every amount in a message with the role its words give it: monthly, down, price, payoff or income.
 * An amount with no role cue is left out rather than guessed.
 *
 * @example moneyWithRoles('I make 4k a month and still owe 6k on my car') // [{ amount: 4000, role: 'income', text: '4k' }, …]
 */
export function moneyWithRoles(folded: string): FoundMoney[] {
  const found: FoundMoney[] = [];
  for (const m of folded.matchAll(AMOUNT)) {
    const at = m.index ?? 0;
    const before = folded.slice(Math.max(0, at - 40), at);
    const after = folded.slice(at + m[0].length, at + m[0].length + 25);
    if (SCORE.test(folded.slice(Math.max(0, at - 30), at + m[0].length + 12)) && !m[0].includes('$')) continue;
    const amount = Math.round(Number((m[1] ?? '0').replace(/,/g, '')) * (m[2] ? 1000 : 1));
    if (!Number.isFinite(amount) || amount <= 0) continue;
    // Income comes first: "I make 3000 a month" is not a monthly payment.
    const role = ROLES.find(([, cueBefore, cueAfter]) => cueBefore.test(before) || cueAfter.test(after))?.[0];
    if (role) found.push({ amount, role, text: m[0].trim() });
  }
  return found;
}

/**
 * A credit score between 300 and 850 named as one ("my score is 640", "640 credit").
 *
 * @example creditScore('fico around 720') // 720
 */
export function creditScore(folded: string): number | undefined {
  const m = SCORE.exec(folded);
  const value = Number(m?.[1] ?? m?.[2]);
  return value >= 300 && value <= 850 ? value : undefined;
}
