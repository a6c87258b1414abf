import type { ChatMessage } from '../../../sdk/protocol/index.js';
import { QUESTION } from './ask.js';
import type { Slot } from './next-step.js';
import { en } from './phrases.en.js';
import { es } from './phrases.es.js';

const QUESTIONS = Object.entries(QUESTION).map(([slot, key]) => ({
  slot: slot as Slot,
  texts: [...en[key], ...es[key]].map((line) => line({})),
}));

/**
 * Slots Cathy already asked about in the recent history, found by her own wording. A question the visitor
 * let pass is not asked again: an unanswered question repeated every other turn is nagging.
 *
 * @example slotsAskedBefore([{ role: 'assistant', text: 'Got it. Do you have a vehicle to trade in?', … }]) // Set { 'tradeIn' }
 */
export function slotsAskedBefore(history: readonly ChatMessage[]): Set<Slot> {
  const asked = new Set<Slot>();
  for (const message of history) {
    if (message.role !== 'assistant') continue;
    for (const { slot, texts } of QUESTIONS) {
      if (texts.some((text) => message.text.includes(text))) asked.add(slot);
    }
  }
  return asked;
}
