import type { CapturedFacts, VehicleInterest } from '../../capture/facts.js';
import { mergeFacts } from '../../capture/merge.js';
import type { FactSources } from '../../store/records.js';
import type { Reading } from '../../understanding/reading.js';

const OWN_WORDS_LIMIT = 200;
const MAX_QUESTIONS = 8;

export interface Remembered {
  facts: CapturedFacts;
  sources: FactSources;
}

/** "actually a Silverado" after "a 2015 Civic" is a new car: nothing of the Civic (its year) carries over. */
function replacesVehicle(current: VehicleInterest | undefined, next: VehicleInterest | undefined, correction: boolean): boolean {
  if (!current || !next) return false;
  if (correction) return true;
  return Boolean((next.model && current.model && next.model !== current.model) || (next.make && current.make && next.make !== current.make && next.model));
}

/** Every substantive credit statement stays, in the visitor's words: "repo two years ago" and later "but I make 60k". */
function joinCredit(current: string | undefined, next: string): string {
  if (!current || current.includes(next)) return current && current.length >= next.length ? current : next;
  if (next.includes(current)) return next;
  return `${current} ${next}`.slice(0, OWN_WORDS_LIMIT);
}

/**
 * What the conversation knows after this message. A sure value replaces anything; a guess (a bare answer, a
 * corrected typo) only fills a gap or replaces another guess. Each fact keeps the message it came from.
 *
 * @example remember(facts, sources, understand('actually a Silverado', ctx), message.id).facts.vehicle?.model // 'Silverado'
 */
export function remember(current: CapturedFacts, sources: FactSources, reading: Reading, messageId: string, extra: Partial<CapturedFacts> = {}): Remembered {
  const found: Partial<CapturedFacts> = { ...reading.facts, ...extra };
  const nextSources: FactSources = { ...sources };
  const kept: Partial<CapturedFacts> = {};
  for (const key of Object.keys(found) as Array<keyof CapturedFacts>) {
    const confidence = reading.confidence?.[key] ?? 'high';
    if (current[key] !== undefined && confidence === 'low' && sources[key]?.confidence === 'high') continue;
    (kept as Record<string, unknown>)[key] = found[key];
    if (key !== 'language') nextSources[key] = { messageId, confidence };
  }
  const base: CapturedFacts = { ...current };
  if (replacesVehicle(current.vehicle, kept.vehicle, reading.entities.correction === true)) delete base.vehicle;
  if (kept.credit) kept.credit = joinCredit(current.credit, kept.credit);
  if (kept.questions) kept.questions = [...new Set([...(current.questions ?? []), ...kept.questions])].slice(-MAX_QUESTIONS);
  return { facts: mergeFacts(base, kept), sources: nextSources };
}
