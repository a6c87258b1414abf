import { v7 as uuidv7 } from 'uuid';
import type { ChatMessage } from '../../sdk/protocol/index.js';
import { AppError } from '../errors/app-error.js';
import { consentText } from '../leads/consent.js';
import { holderOf } from '../handoff/handoff-log.js';
import { eraseVisitorWords } from '../privacy/erasure/erase-visitor-words.js';
import type { FactSources, MessageRecord } from '../store/records.js';
import { toChatMessage } from '../wire/message-dto.js';
import type { ContactStepResult } from './contact-step.js';
import type { SessionRef } from './context.js';
import type { MessageDeps } from './message-service.js';
import { recordActivity } from './record-activity.js';
import { cancelReply, type StreamedReply } from './stream-reply.js';

export interface ReplyToStore extends StreamedReply {
  step: ContactStepResult;
  sources: FactSources;
}

/**
 * Stores Cathy's reply (with the consent disclosure when it asks for contact) and the state it leaves, then
 * announces it. A conversation gone by then was erased while Cathy answered: what this run stored goes too.
 * One a person took over meanwhile (in another process too: the store says) gets nothing: undefined.
 */
export async function storeReply(
  deps: MessageDeps,
  session: SessionRef,
  message: MessageRecord,
  reply: ReplyToStore,
  signal: AbortSignal,
): Promise<ChatMessage | undefined> {
  const { step, sources, meta } = reply;
  const conversationId = session.conversationId;
  const latest = await deps.store.conversations.byId(conversationId);
  if ((latest && holderOf(latest)) || signal.aborted) {
    cancelReply(deps, conversationId, reply.replyId);
    return undefined;
  }
  const disclosure = meta.asksForContact ? consentText(session.site, meta.language) : undefined;
  const record: MessageRecord = {
    id: reply.replyId,
    seq: uuidv7(),
    conversationId,
    siteId: session.site.id,
    visitorId: session.visitorId,
    role: 'assistant',
    text: reply.text,
    replyTo: message.id,
    locale: meta.language,
    ...(disclosure ? { disclosure } : {}),
    createdAt: deps.now(),
  };
  await deps.store.messages.insert(record);
  const stored = await deps.store.conversations.update(conversationId, {
    state: {
      ...step.state,
      sources,
      ...meta.state,
      turn: step.state.turn + 1,
      ...(disclosure ? { disclosure: { text: disclosure, shownAt: record.createdAt, messageId: record.id } } : {}),
    },
    updatedAt: record.createdAt,
  });
  if (!stored) {
    await eraseVisitorWords(deps.store, [session.visitorId]);
    deps.hub.publish(conversationId, 'typing', { on: false, role: 'assistant' });
    throw new AppError('NOT_FOUND', 'The conversation no longer exists.');
  }
  deps.onMessage?.('assistant');
  const wire = toChatMessage(record);
  deps.hub.publish(conversationId, 'message:done', { message: wire });
  deps.hub.publish(conversationId, 'typing', { on: false, role: 'assistant' });
  await recordActivity(deps, record);
  return wire;
}
