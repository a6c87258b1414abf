import { escalationLine } from './escalation-reply.js';
import { callbackAnswer } from './hours-answer.js';
import type { ReplyContext, Ask } from './reply-context.js';

/** What the visitor's message asks of Cathy beyond its questions: how the reply must change course. */
export interface Course {
  /** "you can call me", "text me": ask for the number now. */
  contactAsk?: Ask;
  /** Hostility, a complaint or a scam worry: a calm answer, a manager offered, no phone ask. */
  calm: string[];
  /** "just looking", "no thanks": stop qualifying, point to the inventory, stay available. */
  browsing: boolean;
  /** A person or a manager asked for. */
  wantsPerson: boolean;
}

/**
 * Reads the course the visitor sets: requests, mood and browsing.
 *
 * @example listen(ctx).contactAsk?.text // "Happy to set that up — what's the best number to reach you?"
 */
export function listen(ctx: ReplyContext): Course {
  const { reading, say, input } = ctx;
  const { facts, state } = input;
  const has = (kind: string) => reading.acts.some((act) => act.kind === kind);
  const requested = (request: string) => reading.acts.some((act) => act.kind === 'request' && act.request === request);
  const canTakeNumber = !facts.phone && !state.pendingContact && !has('optOut') && input.extraction.phones.length === 0;
  const course: Course = { calm: [], browsing: false, wantsPerson: requested('person') || requested('manager') };

  if (canTakeNumber && requested('textMe')) course.contactAsk = { slot: 'phone', text: say('textMeAsk', { name: ctx.name }) };
  else if (canTakeNumber && requested('callMe')) course.contactAsk = { slot: 'phone', text: say('callMeAsk', { name: ctx.name }) };

  // Already reachable: "you can call me" is passed on, and when they will call is said.
  if (!canTakeNumber && (facts.phone || state.pendingContact) && (requested('callMe') || requested('textMe'))) {
    course.calm.push(say('callbackNoted', {}));
    // Said already in this conversation, the callback time is left out rather than repeated.
    const when = callbackAnswer(input.site, input.now, ctx.locale, (key, params) => ctx.sayNew(key, params) ?? '');
    if (when && !reading.acts.some((act) => act.kind === 'question' && act.topic === 'whenCall')) course.calm.push(when);
  }
  const scam = has('scamWorry');
  const phase = input.escalation?.phase;
  // With the team told, a manager asked for is a person asked for (the call-back flow when nobody can come).
  if (has('hostility') || has('complaint') || scam || (requested('manager') && !phase)) {
    if (scam) course.calm.push(say('scamCalm', { dealer: ctx.dealer }));
    else if (has('hostility') || has('complaint')) course.calm.push(say('calm', {}));
    // Someone on the way is said instead of the manager offer; when nobody can come, the offer and the line stand.
    course.calm.push(phase === 'waiting' ? escalationLine(ctx, phase) : say('managerOffer', { dealer: ctx.dealer }));
    if (input.site.phone && phase !== 'waiting') course.calm.push(say('managerPhone', { phone: input.site.phone }));
  }
  course.browsing = has('browsing') && !course.contactAsk && state.lastQuestion !== 'phone' && state.lastQuestion !== 'consent';
  return course;
}
