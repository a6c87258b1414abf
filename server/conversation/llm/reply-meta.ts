import type { ReplyMeta } from '../responder.js';

// A reply that asks for a number names it; checked in both languages Cathy speaks.
const ASKS_FOR_PHONE = /\b(?:phone|number|call you|reach you|text you|tel[eé]fono|n[uú]mero|llamarl[eo]|contactarl[eo])\b/i;

/**
 * The policy planned a phone ask, but the model may not have made it. The consent notice belongs only
 * under a reply that asks, and an ask that did not happen must not count toward the two allowed, so the
 * plan's meta is taken back to "asked nothing" in that case.
 *
 * @example replyMeta(plan.meta, 'What kind of vehicle?', 1).asksForContact // false
 */
export function replyMeta(planned: ReplyMeta, text: string, phoneAsksBefore: number): ReplyMeta {
  if (planned.state.lastQuestion !== 'phone' || ASKS_FOR_PHONE.test(text)) return planned;
  return {
    ...planned,
    asksForContact: false,
    state: { ...planned.state, phoneAsks: phoneAsksBefore, lastQuestion: undefined },
  };
}
