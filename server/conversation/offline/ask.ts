import type { Slot } from './next-step.js';
import type { Ask, ReplyContext } from './reply-context.js';

type PlainQuestion = 'askVehicle' | 'askCondition' | 'askBudget' | 'askTradeIn' | 'askCredit' | 'askTimeframe' | 'askName' | 'askCallTime' | 'askEmail';

export const QUESTION: Record<Exclude<Slot, 'phone'>, PlainQuestion> = {
  vehicle: 'askVehicle',
  condition: 'askCondition',
  budget: 'askBudget',
  tradeIn: 'askTradeIn',
  credit: 'askCredit',
  timeframe: 'askTimeframe',
  name: 'askName',
  callTime: 'askCallTime',
  email: 'askEmail',
};

/**
 * The question for a slot. `short` drops the phone pitch when the sentence before already offered a
 * specialist.
 *
 * @example askFor(ctx, 'phone', true).text // "What's the best number to reach you, Maria?"
 */
export function askFor(ctx: ReplyContext, slot: Slot, short = false): Ask {
  // The long form follows an acknowledgement that may already have used the name.
  if (slot === 'phone') return { slot, text: short ? ctx.say('askPhoneShort', { name: ctx.name }) : ctx.say('askPhone', {}) };
  return { slot, text: ctx.say(QUESTION[slot], {}) };
}
