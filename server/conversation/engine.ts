import type {
  IdentifyPayload,
  IdentifyResult,
  MessageSendPayload,
  MessagesSinceResult,
  PageViewPayload,
  SessionStartResult,
  VisitorTypingPayload,
} from '../../sdk/protocol/index.js';
import type { TypingRelay } from './typing-relay.js';
import { identifyVisitor } from './identify.js';
import type { SessionRef, VisitorContext } from './context.js';
import { createKeyedQueue, type KeyedQueue } from '../concurrency/keyed-queue.js';
import { sendMessage, type MessageDeps, type SendResult } from './message-service.js';
import { startUnansweredSweep, type UnansweredSweep, type UnansweredSweepOptions } from './unanswered-sweep.js';
import {
  messagesSince,
  recordPageView,
  startSession,
  type SessionDeps,
  type StartSessionInput,
} from './session-service.js';

/** `queue` is made here unless the caller shares it (with the escalations, whose deadline message queues behind replies). */
export type EngineDeps = Omit<MessageDeps, 'queue'> & SessionDeps & { typing: TypingRelay; queue?: KeyedQueue };

/** The conversation service both transports (Socket.IO and HTTP) call, with identical semantics. */
export interface ConversationEngine {
  startSession(ctx: VisitorContext, input: StartSessionInput): Promise<SessionStartResult>;
  send(session: SessionRef, payload: MessageSendPayload): Promise<SendResult>;
  since(session: SessionRef, after: string | undefined, limit?: number): Promise<MessagesSinceResult>;
  pageView(session: SessionRef, payload: PageViewPayload): Promise<void>;
  identify(session: SessionRef, payload: IdentifyPayload): Promise<IdentifyResult>;
  /** The shopper typing, for the person holding the chat (throttled; nothing while Cathy answers). */
  typing(session: SessionRef, payload: VisitorTypingPayload): Promise<void>;
  /** Answers, at once and then periodically, visitor messages whose reply (and lead) a crash or failed write lost. */
  sweepUnanswered(options?: UnansweredSweepOptions): UnansweredSweep;
  /** Waits for replies in progress (graceful shutdown). */
  idle(): Promise<void>;
}

export function createConversationEngine(deps: EngineDeps): ConversationEngine {
  const messageDeps: MessageDeps = { ...deps, queue: deps.queue ?? createKeyedQueue() };
  return {
    startSession: (ctx, input) => startSession(deps, ctx, input),
    send: (session, payload) => sendMessage(messageDeps, session, payload),
    since: (session, after, limit) => messagesSince(deps, session, after, limit),
    pageView: (session, payload) => recordPageView(deps, session, payload),
    identify: (session, payload) => identifyVisitor(deps, session, payload),
    typing: (session, payload) => deps.typing.visitor({ conversationId: session.conversationId, siteId: session.site.id }, payload.on),
    sweepUnanswered: (options) => startUnansweredSweep(messageDeps, deps.logger, options),
    async idle() {
      await messageDeps.queue.idle();
      // Enrichment scheduled by those replies writes through the reply queue; this waits for both.
      await deps.enricher?.idle();
    },
  };
}
