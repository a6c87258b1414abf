import type { Extraction } from '../capture/facts.js';
import { readRules } from './read-rules.js';
import type { Reading, ReadingContext } from './reading.js';
import { toReading } from './to-reading.js';

export interface UnderstandOptions {
  /** The capture's reading of the same text, when the caller already has it (the reply pipeline does). */
  extraction?: Extraction;
}

/**
 * Reads one visitor message into a typed `Reading`: language, acts (questions by topic, requests, the
 * answer to Cathy's last question, greetings, browsing, complaints, hostility, scam worry, opt-out),
 * entities and sentiment, plus the lead facts it gives with how sure each is. English and Spanish, typos
 * tolerated. Hand-written rules: docs/understanding.md says why they beat NLP.js here.
 *
 * @example
 * understand('r u open sat? i have a 2017 accord to trade', { locale: 'en', defaultCountry: 'US', now: new Date() })
 * // acts: [{ kind: 'question', topic: 'hours' }, { kind: 'statement' }], entities.vehicleOwned.model: 'Accord'
 */
export function understand(text: string, context: ReadingContext, options: UnderstandOptions = {}): Reading {
  const rules = readRules(text, {
    lastQuestion: context.lastQuestion,
    defaultCountry: context.defaultCountry,
    now: context.now,
    extraction: options.extraction,
  });
  return toReading(rules, context.locale, context.now);
}
