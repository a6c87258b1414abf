import { fold } from '../capture/text.js';

/** Chat shorthand read as the words it stands for, so one set of patterns covers "wat u hav" and "what you have". */
const SHORTHAND: Record<string, string> = {
  u: 'you',
  r: 'are',
  ur: 'your',
  wat: 'what',
  wut: 'what',
  wht: 'what',
  whats: "what's",
  hav: 'have',
  hv: 'have',
  pls: 'please',
  plz: 'please',
  rn: 'right now',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  thru: 'through',
  cuz: 'because',
  bc: 'because',
  im: "i'm",
  dont: "don't",
  cant: "can't",
  wont: "won't",
  didnt: "didn't",
  doesnt: "doesn't",
  isnt: "isn't",
  sat: 'saturday',
  sun: 'sunday',
  mon: 'monday',
  tues: 'tuesday',
  wed: 'wednesday',
  thurs: 'thursday',
  fri: 'friday',
  wknd: 'weekend',
  appt: 'appointment',
  q: 'que',
  xq: 'porque',
  pq: 'porque',
  tb: 'tambien',
  tmb: 'tambien',
};

/** Words the topic patterns hinge on; a one-letter slip in one of them ("finacing", "apointment") still counts. */
const KEYWORDS = [
  'financing', 'finance', 'approved', 'approval', 'appointment', 'warranty', 'leasing', 'cosigner', 'saturday',
  'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'inventory', 'available', 'payment', 'payments',
  'monthly', 'credit', 'bankruptcy', 'repossession', 'documents', 'paperwork', 'directions', 'address', 'located',
  'interest', 'spanish', 'english', 'trade', 'appraisal', 'employed', 'insurance', 'license', 'manager', 'someone',
  'person', 'number', 'phone', 'already', 'garantia', 'financiamiento', 'enganche', 'sabado', 'domingo', 'credito',
  'espanol', 'direccion', 'documentos', 'prueba', 'manejo', 'horario', 'aprobado', 'mensualidad',
];
const KEYWORD_SET = new Set(KEYWORDS);
const BY_LENGTH = new Map<number, string[]>();
for (const word of KEYWORDS) BY_LENGTH.set(word.length, [...(BY_LENGTH.get(word.length) ?? []), word]);

/** True when one insertion, deletion, substitution or swap of neighbours turns `a` into `b`. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function correct(word: string): string {
  if (word.length < 5 || KEYWORD_SET.has(word)) return word;
  for (const length of [word.length, word.length - 1, word.length + 1]) {
    // The first letter is rarely the slip, and a keyword's own inflection ("financed") is no slip at all.
    const match = BY_LENGTH.get(length)?.find(
      (candidate) => candidate[0] === word[0] && !word.startsWith(candidate) && oneEditApart(word, candidate),
    );
    if (match) return match;
  }
  return word;
}

// Understanding reads the start of a message: ten thousand characters of anything must not cost more than this.
export const MAX_READ_CHARS = 1000;

/**
 * Folded, shorthand expanded, keyword typos fixed, one space between words: the text the topic and act
 * patterns read. Offsets do not match the original, so entities are read elsewhere.
 *
 * @example normalize('wat u hav on sat?') // "what you have on saturday?"
 */
export function normalize(text: string): string {
  const plain = fold(text.slice(0, MAX_READ_CHARS))
    .replace(/[’‘`´]/g, "'")
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/^[\s¿¡]+/, '');
  return plain
    .split(/(\s+|[.,!?;:()"¿¡]+)/)
    .map((token) => (/^[a-z']+$/.test(token) ? (SHORTHAND[token] ?? correct(token)) : token))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
