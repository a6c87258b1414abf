import type { Locale } from '../../../sdk/protocol/index.js';
import { en } from './phrases.en.js';
import { es } from './phrases.es.js';
import type { PhraseBook, PhraseKey, PhraseParams, Variants } from './phrases.js';

const BOOK: PhraseBook = { en, es };

export type Say = <K extends PhraseKey>(key: K, params: PhraseParams<K>) => string;
/** Like `Say`, but `undefined` once every phrasing was said: for lines a reply can do without. */
export type SayNew = <K extends PhraseKey>(key: K, params: PhraseParams<K>) => string | undefined;

/** FNV-1a: tiny, stable across processes and Node versions, and well spread for short strings. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Picks one phrasing per key from `seed`, so a reply is the same on a retry yet differs from turn to turn
 * and from one conversation to the next. `said` holds the sentences already said in the conversation.
 *
 * @example createSpeaker('en', `${conversationId}:${state.turn}`)('askVehicle', {})
 */
export function createSpeaker(locale: Locale, seed: string, said: Set<string> = new Set()): Say {
  const sayNew = createNewSpeaker(locale, seed, said);
  return (key, params) => {
    const line = sayNew(key, params);
    if (line !== undefined) return line;
    const variants = BOOK[locale][key] as Variants<typeof params>;
    return (variants[hash(`${seed}|${key}`) % variants.length] ?? variants[0])(params);
  };
}

/** The next phrasing not yet said in the conversation (no sentence twice), or `undefined` when all were. */
export function createNewSpeaker(locale: Locale, seed: string, said: Set<string>): SayNew {
  const phrases = BOOK[locale];
  return (key, params) => {
    const variants = phrases[key] as Variants<typeof params>;
    const start = hash(`${seed}|${key}`) % variants.length;
    const lines = variants.map((_, i) => (variants[(start + i) % variants.length] ?? variants[0])(params));
    const line = lines.find((text) => !splitSentences(text).some((sentence) => said.has(sentence)));
    for (const sentence of splitSentences(line ?? '')) said.add(sentence);
    return line;
  };
}

/** Sentences as Cathy writes them: ended by . ! or ? and a space. */
export function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter(Boolean);
}
