import type { Locale } from '../../../sdk/protocol/index.js';
import { en } from './phrases.en.js';
import { es } from './phrases.es.js';
import type { PhraseBook, PhraseKey, PhraseParams, Variants } from './phrases.js';

const BOOK: PhraseBook = { en, es };

export type Say = <K extends PhraseKey>(key: K, params: PhraseParams<K>) => string;

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
 * and from one conversation to the next.
 *
 * @example createSpeaker('en', `${conversationId}:${state.turn}`)('askVehicle', {})
 */
export function createSpeaker(locale: Locale, seed: string): Say {
  const phrases = BOOK[locale];
  return (key, params) => {
    const variants = phrases[key] as Variants<typeof params>;
    const line = variants[hash(`${seed}|${key}`) % variants.length] ?? variants[0];
    return line(params);
  };
}
