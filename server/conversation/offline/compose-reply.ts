import type { ReplyMeta, ResponderInput } from '../responder.js';
import { answerQuestions, type Answers } from './answers.js';
import { askFor } from './ask.js';
import { slotsAskedBefore } from './asked-before.js';
import { contactReply, type ContactReply } from './contact-reply.js';
import { escalationHandoff } from './escalation-reply.js';
import { humanHandoff } from './human-handoff.js';
import { MAX_PHONE_ASKS, canAskPhone, nextStep } from './next-step.js';
import { listen, type Course } from './listen.js';
import type { DealerKnowledge } from '../../sites/knowledge/knowledge-schema.js';
import { opener } from './opener.js';
import { createContext, type Ask, type ReplyContext } from './reply-context.js';

const MAX_SENTENCES = 3;
// Several questions in one message each get their answer, up to this many sentences in all.
const MAX_WITH_QUESTIONS = 5;

const sentenceCount = (text: string) => text.split(/(?<=[.!?])\s+/).length;

/** Keeps the most important lines that fit beside the closing; the first (a bot disclosure) always stays. */
function fit(lines: string[], closing: string | undefined, questions: number): string {
  const most = Math.min(MAX_WITH_QUESTIONS, Math.max(MAX_SENTENCES, questions + 2));
  let budget = most - (closing ? sentenceCount(closing) : 0);
  const kept: string[] = [];
  for (const line of new Set(lines)) {
    const cost = sentenceCount(line);
    if (kept.length > 0 && cost > budget) break;
    kept.push(line);
    budget -= cost;
  }
  return [...kept, closing].filter(Boolean).join(' ');
}

const soleCondition = (knowledge: DealerKnowledge | undefined) => {
  const conditions = knowledge?.inventory?.conditions;
  return conditions?.length === 1 ? conditions[0] : undefined;
};

export interface Reply {
  text: string;
  meta: ReplyMeta;
}

interface AskContext {
  course: Course;
  outcome: ContactReply;
  human?: { ask?: Ask };
  answers: Answers;
  goodbye: boolean;
  declinedNow: boolean;
}

/** The one question the reply ends on: the contact outcome's, the handoff's, or the next slot's. */
function chooseAsk(ctx: ReplyContext, { course, outcome, human, answers, goodbye, declinedNow }: AskContext): Ask | undefined {
  const { input, say, intents } = ctx;
  if (outcome.ask === null) return undefined;
  // A number waiting for consent or a correction is worth one more question, even on the way out.
  if (outcome.ask?.slot === 'consent' || outcome.ask?.slot === 'phone') return outcome.ask;
  if (course.contactAsk) return course.contactAsk;
  if (goodbye) return undefined;
  if (outcome.ask) return outcome.ask;
  // Upset or wary: the manager offer stands alone, with no question to answer.
  if (course.calm.length > 0) return undefined;
  if (human) return human.ask;
  // Someone of the team is on the way: no number asked for, no person offered again.
  const waiting = input.escalation?.phase === 'waiting';
  if (answers.offerPerson && !waiting) return { slot: 'handoff', text: say('askHandoff', {}) };
  if (answers.needsPhone && !waiting && canAskPhone({ facts: input.facts, state: { ...input.state, turn: Math.max(1, input.state.turn) }, answeredQuestion: true })) {
    return askFor(ctx, 'phone', true);
  }
  if (course.browsing || input.state.browsing) return undefined;
  // The visitor's first question is answered, never met with a request for their number.
  const firstQuestion = !input.state.questionAnswered && ctx.reading.acts.some((act) => act.kind === 'question');
  // "What else do you need?" invites the question just asked, even the phone a turn ago.
  const whatNext = intents.has('asksWhatNext');
  const slot = nextStep({
    askedBefore: slotsAskedBefore(input.history),
    // A lot that sells one kind (the demo's used cars) never asks "new or pre-owned?".
    facts: { ...input.facts, condition: input.facts.condition ?? soleCondition(input.site.knowledge) },
    state: { ...input.state, ...(whatNext ? { lastQuestion: undefined } : {}), ...(firstQuestion ? { phoneAsks: MAX_PHONE_ASKS } : {}) },
    now: input.now,
    answeredQuestion: answers.answered || whatNext,
    specialistMentioned: answers.specialistMentioned,
    declinedNow,
  });
  return slot && !(waiting && slot === 'phone') ? askFor(ctx, slot, answers.specialistMentioned) : undefined;
}

/**
 * Builds Cathy's reply: what changed about contact, answers to the visitor's questions (help first),
 * an acknowledgement, then at most one question.
 *
 * @example composeReply(input).text // "Great choice on the 2019 Honda CR-V. Are you thinking new or used?"
 */
export function composeReply(input: ResponderInput): Reply {
  const ctx = createContext(input);
  const { intents, say } = ctx;
  const { state, extraction, contact } = input;

  const outcome = contactReply(ctx);
  const answers = answerQuestions(ctx);
  const course = listen(ctx);
  const wantsHuman =
    course.calm.length === 0 && (course.wantsPerson || intents.has('wantsHuman') || (state.lastQuestion === 'handoff' && extraction.affirmative));
  const escalation = input.escalation;
  // A call for a person the team was told of: said once as it starts, and again only if they ask again.
  const called = escalation && course.calm.length === 0 && (escalation.started || wantsHuman) && (escalation.phase === 'waiting' || contact.kind === 'none');
  const human = called ? escalationHandoff(ctx, escalation.phase) : wantsHuman && contact.kind === 'none' ? humanHandoff(ctx) : undefined;
  const declinedNow =
    contact.kind === 'none' &&
    !state.declinedPhone &&
    !state.optedOut &&
    extraction.phones.length === 0 &&
    (intents.has('declinesPhone') || (state.lastQuestion === 'phone' && extraction.negative));
  const goodbye = intents.has('goodbye') && !intents.has('question');
  const ask = chooseAsk(ctx, { course, outcome, human, answers, goodbye, declinedNow });

  const lines = [
    ...(answers.disclosure ? [answers.disclosure] : []),
    ...course.calm,
    ...(declinedNow ? [say('declineAck', {})] : []),
    ...outcome.lines,
    ...(human?.lines ?? []),
    ...answers.lines,
    ...(course.browsing && !declinedNow ? [say('browsing', {})] : []),
  ];
  if (lines.length === 0) lines.push(...opener(ctx, { goodbye, asking: ask !== undefined }));

  let closing = ask?.text;
  if (!closing && goodbye) closing = say('goodbye', { name: ctx.name });
  else if (!closing && outcome.ask !== null && course.calm.length === 0 && !course.browsing) closing = ctx.sayNew('askAnythingElse', {});
  const questions = ctx.reading.acts.filter((act) => act.kind === 'question').length;
  // Every filler already said: a repeat beats an empty reply.
  const text = fit(lines, closing, questions) || say('askAnythingElse', {});
  return {
    text,
    meta: {
      asksForContact: ask?.slot === 'phone' || ask?.slot === 'consent',
      language: ctx.locale,
      state: {
        turn: state.turn + 1,
        phoneAsks: state.phoneAsks + (ask?.slot === 'phone' ? 1 : 0),
        // Always written, so a stale question never captures an answer to something else.
        lastQuestion: ask?.slot,
        ...(declinedNow || contact.kind === 'consent_declined' ? { declinedPhone: true } : {}),
        ...(wantsHuman ? { humanRequested: true } : {}),
        ...(answers.deferred ? { deferred: true } : {}),
        ...(ctx.reading.acts.some((act) => act.kind === 'question') ? { questionAnswered: true } : {}),
        ...(course.browsing ? { browsing: true } : course.contactAsk || ask?.slot === 'phone' ? { browsing: false } : {}),
      },
    },
  };
}
