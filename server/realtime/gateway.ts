import { NAMESPACE, type OkResult } from '../../sdk/protocol/index.js';
import {
  identifySchema,
  messageSendSchema,
  messagesSinceSchema,
  pageViewSchema,
  sessionStartSchema,
  visitorTypingSchema,
} from '../../sdk/protocol/schemas.js';
import type { ConversationEngine } from '../conversation/engine.js';
import type { SessionRef } from '../conversation/context.js';
import type { EventHub } from '../conversation/event-hub.js';
import { AppError } from '../errors/app-error.js';
import type { Logger } from '../logging/logger.js';
import type { Metrics } from '../metrics/metrics.js';
import type { RateLimits } from '../security/rate-limits.js';
import type { VisitorTokens } from '../security/visitor-token.js';
import type { Store } from '../store/store.js';
import { eventHandlers } from './event-handler.js';
import { handshakeMiddleware } from './handshake.js';
import { createSocketCap } from './socket-cap.js';
import { conversationRoom, type CathyNamespace, type CathyServer, type CathySocket } from './socket-types.js';

export interface GatewayDeps {
  store: Store;
  tokens: VisitorTokens;
  engine: ConversationEngine;
  hub: EventHub;
  limits: RateLimits;
  metrics: Metrics;
  logger: Logger;
  trustProxy: boolean;
  /** Open sockets one address may hold. */
  maxSocketsPerIp: number;
}

/** The `/v1` namespace: every inbound payload is size-checked, rate-limited and validated. */
export function attachGateway(io: CathyServer, deps: GatewayDeps): CathyNamespace {
  const nsp = io.of(NAMESPACE);
  nsp.use(handshakeMiddleware({ ...deps, cap: createSocketCap(deps.maxSocketsPerIp) }));
  deps.hub.subscribe((conversationId, event) => {
    nsp.to(conversationRoom(conversationId)).emit(event.name, ...event.args);
  });

  nsp.on('connection', (socket) => {
    deps.metrics.connections.inc();
    socket.on('disconnect', () => deps.metrics.connections.dec());
    const on = eventHandlers(socket, deps);

    on('session:start', sessionStartSchema, async (payload) => {
      const result = await deps.engine.startSession(socket.data, {
        ...payload,
        visitorId: socket.data.visitorId,
        visitorToken: socket.data.visitorToken,
      });
      if (socket.data.conversationId && socket.data.conversationId !== result.conversationId) {
        void socket.leave(conversationRoom(socket.data.conversationId));
      }
      Object.assign(socket.data, {
        visitorId: result.visitorId,
        visitorToken: result.visitorToken,
        conversationId: result.conversationId,
      });
      void socket.join(conversationRoom(result.conversationId));
      return result;
    });
    on('message:send', messageSendSchema, async (payload) => {
      const { message } = await deps.engine.send(session(socket), payload);
      return { message };
    });
    on('messages:since', messagesSinceSchema, (payload) => deps.engine.since(session(socket), payload.after ?? undefined, payload.limit));
    on('page:view', pageViewSchema, async (payload): Promise<OkResult> => {
      await deps.engine.pageView(session(socket), payload);
      return { ok: true };
    });
    on('visitor:identify', identifySchema, (payload) => deps.engine.identify(session(socket), payload));
    // No ack by design: a typing signal that is invalid, early, limited or too frequent is simply dropped.
    socket.on('typing', (payload: unknown) => {
      const parsed = visitorTypingSchema.safeParse(payload);
      const { conversationId, visitorId } = socket.data;
      if (!parsed.success || !conversationId || !visitorId) return;
      deps.limits
        .ip(socket.data.ip)
        .then(() => deps.engine.typing(session(socket), parsed.data))
        .catch((error: unknown) => {
          if (!(error instanceof AppError)) deps.logger.warn({ err: error, conversationId }, 'visitor typing not relayed');
        });
    });
  });
  return nsp;
}

function session(socket: CathySocket): SessionRef {
  const { visitorId, conversationId } = socket.data;
  if (!visitorId || !conversationId) throw new AppError('SESSION_REQUIRED', 'Send session:start before this event.');
  return { ...socket.data, visitorId, conversationId };
}
