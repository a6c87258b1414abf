import type { Extraction } from '../capture/facts.js';
import { extract } from '../capture/extract.js';
import { readMessage } from '../understanding/read-message.js';
import type { Reading } from '../understanding/reading.js';
import type { Locale } from '../../sdk/protocol/index.js';
import type { ConversationRecord, MessageRecord } from '../store/records.js';
import type { SessionRef } from './context.js';
import { readingContext, recall } from './memory/recall.js';
import type { Remembered } from './memory/remember.js';
import type { MessageDeps } from './message-service.js';

export interface Understood extends Remembered {
  extraction: Extraction;
  locale: Locale;
  reading: Reading;
}

/** What the message says (facts, language, meaning), merged with what the conversation already knew. */
export function readAndRemember(deps: MessageDeps, session: SessionRef, conversation: ConversationRecord, message: MessageRecord, now: Date): Understood {
  const extraction = extract(message.text, { defaultCountry: session.site.defaultCountry });
  const locale = extraction.language ?? conversation.locale;
  const reading = readMessage(message.text, readingContext(conversation, session.site, now), extraction, deps.logger);
  const { facts, sources } = recall(conversation, reading, message, session.site, locale);
  return { extraction, locale, reading, facts, sources };
}
