import type { CapturedFacts } from './facts.js';
import { NOT_NAMES } from './not-names.js';
import { fold } from './text.js';
import { AMBIGUOUS_MAKES, AMBIGUOUS_MODELS, MAKE_BY_KEY, MODEL_BY_KEY, keyOf } from './vehicle-catalog.js';

export type NameFound = Pick<CapturedFacts, 'firstName' | 'lastName'>;

const APOSTROPHE = `['’]`;
// Cues that can only introduce a name, so the words after them are trusted more.
const EXPLICIT = new RegExp(
  `\\b(?:my (?:first )?name(?: is|${APOSTROPHE}s)|first name(?: is|${APOSTROPHE}s|:)?|me llamo|mi (?:primer )?nombre es)\\s+`,
  'g',
);
// "Mike here", "Mike btw. need a truck": a name opening the message, tagged as the writer's own.
const OPENING_NAME = /^(?:(?:hi|hey|hello|hola)[\s,!]+)?([\p{L}][\p{L}'’-]*)\s+(?:here|btw|by the way|aqui|por aca)\b/iu;
const LAST_NAME = /\b(?:my (?:last name|surname) is|mi apellido es)\s+/g;
// "I'm …", "soy …", "call me …" usually start a name, but just as often "I'm looking", "soy de Miami".
const AMBIGUOUS = new RegExp(
  `(?:\\bi${APOSTROPHE}?m|\\bi am|\\bsoy|\\bcall me|` +
    // "this is" names only at the start: "Hi, this is Ana", not "this is great".
    `(?:^|[.!?,]\\s*|\\b(?:hi|hello|hey|hola|buenas|buenos dias)\\s+)this is)\\s+`,
  'g',
);
const NAME_WORD = /[\p{L}][\p{L}'’-]*/uy;
const WHOLE_NAME_WORD = /^[\p{L}][\p{L}'’-]*$/u;
const BARE_LEAD =
  /^(?:(?:it|that)(?:['’]?s| is)|i['’]?m|i am|(?:my|her|his|their) name(?: is|['’]s)|this is|soy|me llamo|(?:mi|su) nombre es|se llama|es)\s+/;
const BARE_TAIL = /[\s,]+(?:here|thanks|thank you|gracias|please|por favor)$/;
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'van', 'von', 'da', 'di', 'du', 'le', 'st']);

/**
 * Finds the name a visitor gives for themself ("my name is Maria Lopez", "soy Carmen", "call me Mike").
 *
 * @example
 * extractName("hi, I'm john"); // { firstName: 'John' }
 */
export function extractName(text: string): NameFound | undefined {
  const folded = fold(text);
  for (const m of folded.matchAll(EXPLICIT)) {
    const found = nameAt(text, m.index + m[0].length, true);
    if (found) return found;
  }
  for (const m of folded.matchAll(LAST_NAME)) {
    const [last] = readWords(text, m.index + m[0].length, 1);
    if (last && isNameWord(last, true)) return { lastName: properCase(last) };
  }
  for (const m of folded.matchAll(AMBIGUOUS)) {
    const found = nameAt(text, m.index + m[0].length, false);
    if (found) return found;
  }
  const opening = OPENING_NAME.exec(text)?.[1];
  const tagged = opening && !text.includes('?') && isNameWord(opening, false) && !isVehicleWord(opening);
  return tagged ? { firstName: properCase(opening) } : undefined;
}

/**
 * Reads a message that answers "what's your name?": one to three words ("Maria", "maria lopez", "it's Maria"),
 * optionally with a number or email beside it. Call it only right after Cathy asked for a name.
 *
 * @example
 * nameFromBareAnswer("it's maria lopez"); // { firstName: 'Maria', lastName: 'Lopez' }
 */
export function nameFromBareAnswer(text: string): NameFound | undefined {
  if (text.includes('?')) return undefined;
  const rest = text
    .replace(/\S+@\S+/g, ' ')
    .replace(/[+\d()][\d\s().-]*\d\)?/g, ' ')
    .replace(/^[\s,.;:!-]+|[\s,.;:!-]+$/g, '');
  const lead = BARE_LEAD.exec(fold(rest));
  const tail = BARE_TAIL.exec(fold(rest));
  const core = rest.slice(lead?.[0].length ?? 0, tail ? tail.index : rest.length).trim();
  const parts = core.split(/\s+/);
  if (parts.length > 3 || !parts.every((word) => WHOLE_NAME_WORD.test(word))) return undefined;
  const [first, ...last] = parts;
  if (!first || !isNameWord(first, true) || isVehicleWord(first)) return undefined;
  if (!last.every((word, i) => isNameWord(word, true) || (PARTICLES.has(fold(word)) && i < last.length - 1))) {
    return undefined;
  }
  return withLast(properCase(first), last);
}

function nameAt(text: string, from: number, explicit: boolean): NameFound | undefined {
  const [first, ...more] = readWords(text, from, 5);
  if (!first || !isNameWord(first, explicit)) return undefined;
  // Explicit cues allow two surnames and particles ("José de la Cruz", "Maria Lopez Garcia").
  const maxSurnames = explicit ? 2 : 1;
  const last: string[] = [];
  let surnames = 0;
  for (const word of more) {
    const particle = explicit && PARTICLES.has(fold(word));
    if (!particle && (surnames === maxSurnames || !isNameWord(word, explicit))) break;
    last.push(word);
    if (!particle) surnames += 1;
  }
  while (last.length && PARTICLES.has(fold(last.at(-1) ?? ''))) last.pop();
  return withLast(properCase(first), last);
}

function withLast(firstName: string, last: string[]): NameFound {
  if (!last.length) return { firstName };
  const lastName = last.map((word) => (PARTICLES.has(fold(word)) ? fold(word) : properCase(word))).join(' ');
  return { firstName, lastName };
}

/** Words joined by single spaces from `from`; punctuation ends the run, as it ends a name. */
function readWords(text: string, from: number, max: number): string[] {
  const found: string[] = [];
  let at = from;
  while (found.length < max) {
    NAME_WORD.lastIndex = at;
    const m = NAME_WORD.exec(text);
    if (!m) break;
    found.push(m[0]);
    at = m.index + m[0].length;
    if (text[at] !== ' ') break;
    at += 1;
  }
  return found;
}

/** After a loose cue, lower-case "-ing"/"-ed"/"-ado" words are states, not names ("I'm working", "soy casado"). */
function isNameWord(word: string, explicit: boolean): boolean {
  const key = fold(word).replace(/['’]/g, '');
  if (key.length < 2 || key.length > 30 || NOT_NAMES.has(key)) return false;
  if (explicit || word !== word.toLowerCase()) return true;
  return !/(?:ing|ed|ado|ada|ido|ida|ando|iendo)$/.test(key) || key.length < 6;
}

function isVehicleWord(word: string): boolean {
  const key = keyOf(word);
  return (MAKE_BY_KEY.has(key) && !AMBIGUOUS_MAKES.has(key)) || (MODEL_BY_KEY.has(key) && !AMBIGUOUS_MODELS.has(key));
}

/** "maria" and "MARIA" become "Maria", "o'brien" "O'Brien"; mixed case such as "McDonald" is kept as written. */
function properCase(word: string): string {
  if (word !== word.toLowerCase() && word !== word.toUpperCase()) return word;
  return word.toLowerCase().replace(/(^|['’-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}
