import { hoursAnswer } from './hours-answer.js';
import type { Intent } from './intents.js';
import type { ReplyContext } from './reply-context.js';

const OTHER_QUESTIONS: readonly Intent[] = ['asksHours', 'asksLocation', 'asksDealerPhone', 'wantsHuman'];

export interface Answers {
  /** "I'm Cathy, an automated assistant…": said first, whatever else the reply holds. */
  disclosure?: string;
  lines: string[];
  /** A question of the visitor's was answered, which is the value that earns a phone ask. */
  answered: boolean;
  /** The answer hands over to a specialist, so asking for a number follows naturally. */
  specialistMentioned: boolean;
  /** The visitor asked whether Cathy is a bot: end by offering a person. */
  offerPerson: boolean;
}

/**
 * Answers what the visitor asked, most pressing first. Rates, payments and approval are never answered
 * with figures or promises; they go to a finance specialist.
 *
 * @example answerQuestions(ctx).lines // ["I can't quote rates or payments here, …"]
 */
export function answerQuestions(ctx: ReplyContext): Answers {
  const { intents, say, input } = ctx;
  const { site, now } = input;
  const lines: string[] = [];
  const approval = intents.has('asksApproval');
  const finance = intents.has('asksFinanceTerms');
  const inventory = intents.has('asksInventory') && !finance && !approval;

  if (approval) lines.push(say('approval', {}));
  else if (intents.has('creditConcern')) lines.push(say('creditWelcome', {}));
  if (finance) lines.push(say('financeTerms', {}));
  if (intents.has('asksHours')) lines.push(hoursAnswer(site, now, ctx.locale, say));
  if (intents.has('asksLocation')) {
    lines.push(site.address ? say('address', { address: site.address, dealer: ctx.dealer }) : say('addressUnknown', {}));
  }
  if (intents.has('asksDealerPhone') && !intents.has('wantsHuman')) {
    lines.push(site.phone ? say('dealerPhone', { phone: site.phone }) : say('dealerPhoneUnknown', {}));
  }
  if (inventory) lines.push(say('inventory', { vehicle: ctx.vehicle }));

  const bot = intents.has('asksIfBot');
  const disclosure = bot ? say('botDisclosure', { persona: site.persona.name, dealer: ctx.dealer }) : undefined;
  return {
    disclosure,
    lines,
    answered: bot || approval || finance || inventory || OTHER_QUESTIONS.some((intent) => intents.has(intent)),
    specialistMentioned: approval || finance || inventory,
    offerPerson: bot && !input.state.humanRequested,
  };
}
