import { formatOpening, nextOpening } from '../../sites/business-hours.js';
import type { EscalationTurn } from '../responder.js';
import { humanHandoff } from './human-handoff.js';
import type { Ask, ReplyContext } from './reply-context.js';

/**
 * Who can come, said honestly: someone of the team will join (`waiting`), nobody is at the chat now
 * (`unavailable`), or the store is closed and opens at a time (`closed`).
 *
 * @example escalationLine(ctx, 'waiting') // "I've let our team know — someone will join this chat in a moment."
 */
export function escalationLine(ctx: ReplyContext, phase: EscalationTurn['phase']): string {
  const { say, input, locale } = ctx;
  if (phase === 'waiting') return say('escalationWaiting', {});
  const opening = phase === 'closed' ? nextOpening(input.site.businessHours, input.site.timezone, input.now) : null;
  return opening ? say('escalationClosed', { when: formatOpening(opening, locale) }) : say('escalationNobodyOnline', {});
}

/**
 * The reply's part for a shopper who called for a person. While someone is on the way: only that, with no
 * question (no phone ask, no second offer of a person). When nobody can come: the honest line in place of "a
 * specialist can reach out", then the call-back arrangement of the usual handoff (the best number, or when they
 * will call when it is known).
 */
export function escalationHandoff(ctx: ReplyContext, phase: EscalationTurn['phase']): { lines: string[]; ask?: Ask } {
  const honest = escalationLine(ctx, phase);
  if (phase === 'waiting') return { lines: [honest] };
  const human = humanHandoff(ctx);
  // Closed, with the number known: the honest line already says when they call.
  const rest = phase === 'closed' && ctx.input.facts.phone ? [] : human.lines.slice(1);
  return { lines: [honest, ...rest], ask: human.ask };
}
