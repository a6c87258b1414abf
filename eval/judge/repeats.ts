import { fold } from './fold.js';
import { sentencesOf } from './sentences.js';

/** Sentences this short ("Got it.") are allowed twice; longer ones are verbatim repeats. */
const MIN_WORDS = 3;

/** Sentences Cathy says a second time, word for word, in one conversation. */
export function findRepeats(replies: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeats: string[] = [];
  for (const reply of replies) {
    for (const sentence of sentencesOf(reply)) {
      const key = fold(sentence).replace(/\s+/g, ' ').trim();
      if (key.split(' ').length < MIN_WORDS) continue;
      if (seen.has(key)) repeats.push(sentence);
      seen.add(key);
    }
  }
  return repeats;
}
