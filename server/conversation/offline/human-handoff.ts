import { askFor } from './ask.js';
import { callbackAnswer, hoursAnswer } from './hours-answer.js';
import { MAX_PHONE_ASKS } from './next-step.js';
import type { Ask, ReplyContext } from './reply-context.js';

/**
 * The visitor wants a person. Cathy cannot hand over live, so she arranges a call and gives the
 * dealership's own number, never leaving the visitor stuck with the bot.
 *
 * @example humanHandoff(ctx) // { lines: ['Of course — …', 'You can reach the dealership directly at …'], ask: { slot: 'phone', … } }
 */
export function humanHandoff(ctx: ReplyContext): { lines: string[]; ask?: Ask } {
  const { say, input, locale } = ctx;
  const { site, facts, state, now } = input;
  const dealerPhone = site.phone ? say('dealerPhone', { phone: site.phone }) : undefined;

  if (facts.phone) {
    const lines = [say('humanHandoff', {}), callbackAnswer(site, now, locale, say)];
    return { lines, ask: facts.callTime ? undefined : askFor(ctx, 'callTime') };
  }
  if (state.pendingContact) {
    const channel = state.pendingContact.phone ? 'phone' : 'email';
    return { lines: [say('humanHandoff', {})], ask: { slot: 'consent', text: say('askConsent', { dealer: ctx.dealer, channel }) } };
  }
  if (!state.declinedPhone && !state.optedOut && state.phoneAsks < MAX_PHONE_ASKS) {
    return { lines: [say('humanHandoff', {}), ...(dealerPhone ? [dealerPhone] : [])], ask: askFor(ctx, 'phone', true) };
  }
  return { lines: [say('humanHandoffNoCall', { dealer: ctx.dealer }), dealerPhone ?? hoursAnswer(site, now, locale, say)] };
}
