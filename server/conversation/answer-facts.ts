import type { CapturedFacts, Extraction } from '../capture/facts.js';
import { nameFromBareAnswer } from '../capture/name.js';

const OWN_WORDS_LIMIT = 200;
// Filler answers say nothing about the slot; storing them would put "thanks" on a lead.
const FILLER = /^(?:thanks?(?: you)?|ty|gracias|hmm+|um+|uh+|ok(?:ay)?|k|idk|i don'?t know|not sure|no s[eé]|lol|cool|nice|great|👍)[.!\s]*$/i;

/**
 * A short reply to Cathy's last question fills that slot even without keywords: "Maria" after
 * "what's your name?", "it's been rough since my divorce" after "how's your credit situation?".
 */
export function answerFacts(lastQuestion: string | undefined, text: string, extraction: Extraction): Partial<CapturedFacts> {
  const found = { ...extraction.facts };
  const plain = text.trim();
  const isAnswer =
    plain.length > 0 && !plain.includes('?') && !FILLER.test(plain) && !extraction.negative && extraction.phones.length === 0;
  if (!isAnswer) return found;
  if (lastQuestion === 'name' && !found.firstName) {
    const name = nameFromBareAnswer(plain);
    if (name) Object.assign(found, name);
  }
  if (lastQuestion === 'credit' && !found.credit && !extraction.affirmative) {
    found.credit = plain.slice(0, OWN_WORDS_LIMIT);
  }
  if (lastQuestion === 'timeframe' && !found.timeframe && !extraction.affirmative) {
    found.timeframe = plain.slice(0, OWN_WORDS_LIMIT);
  }
  return found;
}
