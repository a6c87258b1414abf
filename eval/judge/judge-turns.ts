import type { Turn } from '../play/play-shopper.js';
import type { Topic } from '../shoppers/shopper.js';
import { TOPIC_CHECKS, type ReplyView } from './topic-checks.js';
import { fold } from './fold.js';
import { withoutQuestions } from './sentences.js';

const SITUATIONS: ReadonlySet<Topic> = new Set(['calmManager', 'browsingAck', 'optOutAck', 'asksNumber', 'spanish']);

// Asking for a person, or to be texted ("can your team text me?"), asks to be contacted: issue 12's policy is
// "text me → ask for the number now", so answering yes and then asking for the number is what it requires.
const ASKS_TO_BE_CONTACTED: ReadonlySet<Topic> = new Set(['person', 'texting']);

/**
 * A shopper's question whose answer must not be a phone ask when it is their first: situations are not
 * questions, and a request to be contacted is left out, as taking a number is how that contact happens.
 */
export function answeringMayNotAskPhone(topic: Topic): boolean {
  return !SITUATIONS.has(topic) && !ASKS_TO_BE_CONTACTED.has(topic);
}

export interface TopicResult {
  turn: number;
  topic: Topic;
  answered: boolean;
}

/** Judges every labelled topic against the reply to the line that raised it. */
export function judgeTopics(turns: readonly Turn[]): TopicResult[] {
  const results: TopicResult[] = [];
  let phone: string | undefined;
  turns.forEach((turn, index) => {
    phone = turn.line.sets.phone ?? phone;
    const view: ReplyView = {
      text: fold(turn.reply),
      statements: fold(withoutQuestions(turn.reply)),
      disclosure: turn.disclosure,
      asksPhone: turn.asks === 'phone',
      asksSomething: turn.asks !== undefined,
      phone,
    };
    for (const topic of turn.line.answers) results.push({ turn: index + 1, topic, answered: TOPIC_CHECKS[topic](view) });
  });
  return results;
}
