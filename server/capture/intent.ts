import { fold } from './text.js';

const oneOf = (phrases: string[]) => phrases.join('|');

// "stop" and "alto" are opt-outs only as the whole message: "I want to stop by" or "bus stop" are not.
const OPT_OUT_ALONE = new RegExp(
  `^(?:please )?(?:${oneOf(['stop', 'stop all', 'stopall', 'stop it', 'unsubscribe', 'alto', 'basta', 'cancel'])})` +
    '(?: please| por favor)?$',
);
// "Don't call me before 5" and "no me llames todavía" ask for a better time, not for no contact.
const WHEN = oneOf([
  'before', 'after', 'until', 'till', 'at', 'during', 'between', 'on', 'today', 'tonight', 'tomorrow', 'now', 'yet',
  'this',
]);
const CUANDO = oneOf(['antes', 'despues', 'hasta', 'ahorita', 'ahora', 'hoy', 'manana', 'todavia', 'en la', 'por la']);
const OPT_OUT_ANYWHERE = [
  /\bunsubscribe\b/,
  /\bstop (?:calling|texting|messaging|contacting|emailing|bothering|sending)\b/,
  /\b(?:quit|please stop) (?:calling|texting)\b/,
  new RegExp(String.raw`\bdo not (?:call|contact)\b(?! me (?:${WHEN}))`),
  new RegExp(String.raw`\bdon ?'?t (?:call|text|contact|email|message) me\b(?! (?:${WHEN}))`),
  /\b(?:remove|delete) (?:my (?:number|phone|info|information|contact)|me from)\b/,
  /\btake me off\b/,
  new RegExp(
    String.raw`\bno (?:me )?(?:llamen|llames|llame|contacten|contactes|escriban|escribas|manden mensajes)\b` +
      String.raw`(?! (?:${CUANDO}))`,
  ),
  /\bno (?:llamar|contactar)\b/,
  /\bdej(?:en|a|e) de (?:llamar|escribir|mandar|contactar)/,
  /\bno quiero que me (?:llamen|llames|contacten|escriban)\b/,
  /\b(?:borren|borra|quiten|quitenme|sacame|saquenme)\b.*\b(?:numero|lista)\b/,
];
// "Why don't you call me" is an invitation, not an opt-out.
const INVITATION = /\bwhy don ?'?t you\b/;

const LEAD_IN = `^(?:(?:${oneOf(['oh', 'um+', 'uh+', 'well', 'ah', 'hmm+', 'pues', 'este', 'mmm+', 'haha', 'lol'])}),? )*`;
const YES = oneOf([
  'yes+', 'yeah', 'yea', 'yep', 'yup', 'sure', 'ok', 'okay', 'okey', 'kk', 'sounds good', "that'?s fine", 'go ahead',
  'please do', 'correct', "that'?s right", 'absolutely', 'of course', 'definitely', 'no problem', 'no worries',
  'claro', 'esta bien', 'dale', 'de acuerdo', 'por supuesto', 'correcto', 'perfecto', 'sale', 'no hay problema',
]);
// Words that are a yes only alone or before a comma or a polite word: "right now I'm looking" and
// "si me aprueban" ("if they approve me") are not a yes.
const YES_GUARDED = oneOf(['si', 'bueno', 'ya', 'va', 'k', 'right', 'fine']);
const POLITE = oneOf([
  'claro', 'por favor', 'gracias', 'esta bien', 'dale', 'senor', 'senora', 'correcto', 'perfecto', 'please', 'thanks',
  'thank you',
]);
const AFFIRMATIVE = new RegExp(`${LEAD_IN}(?:(?:${YES})(?=$|[\\s,.!])|(?:${YES_GUARDED})(?=$|[,.!]| (?:${POLITE})\\b))`);
const NO = oneOf([
  'nope', 'nah', 'no thanks', 'no thank you', 'not now', 'not yet', 'not really', 'not today', 'not interested',
  'no way', "i'?d rather not", 'i would rather not', 'rather not', 'i prefer not', 'prefer not', 'prefiero no',
  'mejor no', 'no gracias', 'todavia no', 'aun no', 'ahorita no', 'ahora no', 'por ahora no', 'no me interesa',
]);
// A bare "no" starts a no only before a pause or a pronoun/politeness: "no credit" and "no trade" are facts.
const NO_FOLLOWERS = oneOf([
  'i', "i'm", 'im', "i'd", 'we', 'thanks', 'thank', 'sorry', 'please', 'por favor', 'lo siento', 'por ahora',
  'todavia', 'ahorita', 'gracias',
]);
const NEGATIVE = new RegExp(`${LEAD_IN}(?:${NO}|no(?=$|[,.!]| (?:${NO_FOLLOWERS})\\b))`);

/** Prepares a message for cue matching: folded, curly apostrophes straightened, trailing punctuation and emoji gone. */
function clean(text: string): string {
  return fold(text)
    .replace(/[’`]/g, "'")
    .replace(/[^\p{L}\p{N}'\s,.!?]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s,.!?]+$/, '');
}

/**
 * True when the visitor asks not to be contacted ("stop", "don't call me", "no me llamen").
 *
 * @example
 * isOptOut('STOP'); // true
 * isOptOut('I want to stop by the dealership'); // false
 */
export function isOptOut(text: string): boolean {
  const cleaned = clean(text);
  if (OPT_OUT_ALONE.test(cleaned)) return true;
  if (INVITATION.test(cleaned)) return false;
  return OPT_OUT_ANYWHERE.some((cue) => cue.test(cleaned));
}

/**
 * True when the message is, or starts with, a yes ("sure", "sí", "go ahead").
 *
 * @example
 * isAffirmative('Yes, call me after 5'); // true
 */
export function isAffirmative(text: string): boolean {
  return AFFIRMATIVE.test(clean(text));
}

/**
 * True when the message is, or starts with, a no ("no thanks", "prefiero no"); "no credit" is not a no.
 *
 * @example
 * isNegative('no gracias'); // true
 */
export function isNegative(text: string): boolean {
  return NEGATIVE.test(clean(text));
}
