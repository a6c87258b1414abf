import { v7 as uuidv7 } from 'uuid';
import { callbackAnswer } from '../conversation/offline/hours-answer.js';
import { MAX_PHONE_ASKS } from '../conversation/offline/next-step.js';
import { createSpeaker } from '../conversation/offline/speaker.js';
import { recordActivity } from '../conversation/record-activity.js';
import { consentText } from '../leads/consent.js';
import { eraseVisitorWords } from '../privacy/erasure/erase-visitor-words.js';
import type { ConversationRecord, MessageRecord, SiteRecord } from '../store/records.js';
import { toChatMessage } from '../wire/message-dto.js';
import type { EscalationDeps } from './escalation-deps.js';

/**
 * What Cathy says when nobody took the chat in time: sorry, nobody is free; then when they will call (the number
 * is known), or a request for the best number (with the consent disclosure, as her every phone ask carries), or,
 * for a shopper who declined, opted out or was asked as often as Cathy ever asks, the dealership's own number.
 */
function compose(conversation: ConversationRecord, site: SiteRecord, now: Date): { text: string; asks: boolean } {
  const locale = conversation.locale ?? site.locale;
  const say = createSpeaker(locale, `${conversation.id}:timed-out:${now.getTime()}`);
  const sorry = say('escalationTimedOut', {});
  const { state, facts } = conversation;
  if (facts.phone) return { text: `${sorry} ${callbackAnswer(site, now, locale, say)}`, asks: false };
  if (state.optedOut || state.declinedPhone || state.pendingContact || state.phoneAsks >= MAX_PHONE_ASKS) {
    return { text: [sorry, site.phone ? say('dealerPhone', { phone: site.phone }) : callbackAnswer(site, now, locale, say)].join(' '), asks: false };
  }
  return { text: `${sorry} ${say('askPhone', {})}`, asks: true };
}

/**
 * Stores Cathy's one message at the deadline as an assistant message, sends it to the shopper and the team like any
 * reply, and leaves the conversation ready for the number it asks for. Runs in the conversation's reply queue.
 */
export async function postTimedOutMessage(deps: EscalationDeps, conversation: ConversationRecord, site: SiteRecord, now: Date): Promise<MessageRecord | undefined> {
  const { text, asks } = compose(conversation, site, now);
  const locale = conversation.locale ?? site.locale;
  const disclosure = asks ? consentText(site, locale) : undefined;
  const id = uuidv7();
  const record: MessageRecord = {
    id,
    seq: id,
    conversationId: conversation.id,
    siteId: site.id,
    visitorId: conversation.visitorId,
    role: 'assistant',
    text,
    locale,
    ...(disclosure && { disclosure }),
    createdAt: now,
  };
  await deps.store.messages.insert(record);
  const { state } = conversation;
  const stored = await deps.store.conversations.update(conversation.id, {
    state: {
      ...state,
      lastQuestion: asks ? 'phone' : undefined,
      ...(disclosure && { phoneAsks: state.phoneAsks + 1, disclosure: { text: disclosure, shownAt: now, messageId: id } }),
    },
    updatedAt: now,
  });
  if (!stored) {
    // Erased meanwhile: what this wrote goes too.
    await eraseVisitorWords(deps.store, [conversation.visitorId]);
    return undefined;
  }
  deps.onMessage?.('assistant');
  deps.hub.publish(conversation.id, 'message:done', { message: toChatMessage(record) });
  await recordActivity(deps, record);
  return record;
}
