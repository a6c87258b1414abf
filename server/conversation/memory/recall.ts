import type { Locale } from '../../../sdk/protocol/index.js';
import type { CapturedFacts } from '../../capture/facts.js';
import type { ConversationRecord, MessageRecord, SiteRecord } from '../../store/records.js';
import type { Reading, ReadingContext, Slot } from '../../understanding/reading.js';
import { openQuestions } from './open-questions.js';
import { remember, type Remembered } from './remember.js';

type SiteFacts = Pick<SiteRecord, 'knowledge' | 'defaultCountry'>;

/** What understanding needs to know about the conversation besides the message. */
export function readingContext(conversation: ConversationRecord, site: SiteFacts, now: Date): ReadingContext {
  return { lastQuestion: conversation.state.lastQuestion as Slot | undefined, locale: conversation.locale, defaultCountry: site.defaultCountry, now };
}

/**
 * The conversation's facts after this message: what it read, a wish to be texted, and the questions Cathy
 * cannot answer herself, for the specialist.
 */
export function recall(conversation: ConversationRecord, reading: Reading, message: MessageRecord, site: SiteFacts, locale: Locale): Remembered {
  const texting = reading.acts.some((act) => (act.kind === 'request' && act.request === 'textMe') || (act.kind === 'question' && act.topic === 'texting'));
  const questions = openQuestions(reading, message.text, site);
  const extra: Partial<CapturedFacts> = {
    language: locale,
    ...(texting && !reading.acts.some((act) => act.kind === 'optOut') ? { contactPreference: 'text' as const } : {}),
    ...(questions.length > 0 ? { questions } : {}),
  };
  return remember(conversation.facts, conversation.state.sources ?? {}, reading, message.id, extra);
}
