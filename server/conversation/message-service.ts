import { v7 as uuidv7 } from 'uuid';
import type { ChatMessage, MessageSendPayload } from '../../sdk/protocol/index.js';
import type { Logger } from '../logging/logger.js';
import type { RateLimits } from '../security/rate-limits.js';
import type { MessageRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import type { SessionRef } from './context.js';
import type { EventHub } from './event-hub.js';
import type { KeyedQueue } from '../concurrency/keyed-queue.js';
import { toChatMessage } from '../wire/message-dto.js';
import type { ReplyEnricher } from './reply-enricher.js';
import { recordActivity } from './record-activity.js';
import { produceReply } from './reply-pipeline.js';
import type { Responder } from './responder.js';
import type { PresenceRegistry } from '../handoff/presence.js';
import type { ReplyAborts } from '../handoff/reply-aborts.js';
import type { EscalationPort } from './escalation-port.js';

export interface MessageDeps {
  store: Store;
  responder: Responder;
  /** Answers when the responder fails, so the visitor is never left without a reply. */
  fallback: Responder;
  limits: RateLimits;
  hub: EventHub;
  queue: KeyedQueue;
  /** Work after each reply (the language model's lead extraction), off the visitor's path. */
  enricher?: ReplyEnricher;
  logger: Logger;
  now: () => Date;
  /** Who of each site's team has the workspace open: whether a shopper asking for a person can be joined live. */
  presence: PresenceRegistry;
  /** The replies being written, so a takeover stops the one in flight (server/handoff/take-over.ts). */
  aborts: ReplyAborts;
  /** Starts and settles escalations (server/escalation); absent, a call for a person gets the call-back flow only. */
  escalations?: EscalationPort;
  onMessage?: (role: ChatMessage['role']) => void;
  onLead?: (created: boolean) => void;
}

export interface SendResult {
  message: ChatMessage;
  /** Cathy's reply to this message; settles once it is stored. Undefined while a person holds the chat: they answer. */
  reply: Promise<ChatMessage | undefined>;
}

/**
 * `message:send` / `POST …/messages`. The visitor's message is stored before this resolves (so
 * before any ack); a resend with the same clientId returns the stored one, and produces the reply
 * only if a crash lost it.
 */
export async function sendMessage(deps: MessageDeps, session: SessionRef, payload: MessageSendPayload): Promise<SendResult> {
  const existing = await deps.store.messages.byClientId(session.conversationId, payload.clientId);
  if (existing) return answerMessage(deps, session, existing);
  await deps.limits.message(session.visitorId);
  const id = uuidv7();
  const record: MessageRecord = {
    id,
    seq: id,
    conversationId: session.conversationId,
    siteId: session.site.id,
    visitorId: session.visitorId,
    role: 'visitor',
    text: payload.text,
    clientId: payload.clientId,
    createdAt: deps.now(),
  };
  const { message, created } = await deps.store.messages.insert(record);
  if (created) {
    deps.onMessage?.('visitor');
    await recordActivity(deps, message);
  }
  return answerMessage(deps, session, message);
}

/** Queues Cathy's reply to a stored visitor message; the pipeline returns the stored reply when one exists. */
export function answerMessage(deps: MessageDeps, session: SessionRef, message: MessageRecord): SendResult {
  const reply = deps.queue.run(session.conversationId, () => produceReply(deps, session, message));
  // Socket callers do not await the reply; its failure is logged, never unhandled.
  reply.catch((error: unknown) => deps.logger.error({ err: error, conversationId: session.conversationId }, 'reply failed'));
  return { message: toChatMessage(message), reply };
}
