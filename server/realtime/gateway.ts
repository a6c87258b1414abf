import type { Server } from 'socket.io';
import type { z } from 'zod';
import { NAMESPACE } from '../../sdk/protocol/index.js';
import {
  identifySchema,
  messageSendSchema,
  messagesSinceSchema,
  pageViewSchema,
  sessionStartSchema,
} from '../../sdk/protocol/schemas.js';
import type { ConversationEngine } from '../conversation/engine.js';
import type { SessionRef } from '../conversation/context.js';
import type { EventHub } from '../conversation/event-hub.js';
import { AppError, parseOrThrow, toErrorBody } from '../errors/app-error.js';
import type { Logger } from '../logging/logger.js';
import type { Metrics } from '../metrics/metrics.js';
import type { RateLimits } from '../security/rate-limits.js';
import type { VisitorTokens } from '../security/visitor-token.js';
import type { Store } from '../store/store.js';
import { handshakeMiddleware } from './handshake.js';
import { guardPayload } from './payload-guard.js';
import { createSocketCap } from './socket-cap.js';
import { conversationRoom, type CathyNamespace, type CathySocket } from './socket-types.js';

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

type Ack = (result: unknown) => void;

/** The `/v1` namespace: every inbound payload is size-checked, rate-limited and validated. */
export function attachGateway(io: Server, deps: GatewayDeps): CathyNamespace {
  const nsp = io.of(NAMESPACE) as unknown as CathyNamespace;
  nsp.use(handshakeMiddleware({ ...deps, cap: createSocketCap(deps.maxSocketsPerIp) }));
  deps.hub.subscribe((conversationId, event) => {
    nsp.to(conversationRoom(conversationId)).emit(event.name, event.payload as never);
  });

  nsp.on('connection', (socket) => {
    deps.metrics.connections.inc();
    socket.on('disconnect', () => deps.metrics.connections.dec());
    const on = handlerFactory(socket, deps);

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
    on('messages:since', messagesSinceSchema, (payload) => deps.engine.since(session(socket), payload.after, payload.limit));
    on('page:view', pageViewSchema, async (payload) => {
      await deps.engine.pageView(session(socket), payload);
      return { ok: true };
    });
    on('visitor:identify', identifySchema, (payload) => deps.engine.identify(session(socket), payload));
  });
  return nsp;
}

function session(socket: CathySocket): SessionRef {
  const { visitorId, conversationId } = socket.data;
  if (!visitorId || !conversationId) throw new AppError('SESSION_REQUIRED', 'Send session:start before this event.');
  return { ...socket.data, visitorId, conversationId };
}

function handlerFactory(socket: CathySocket, deps: GatewayDeps) {
  return <T>(event: string, schema: z.ZodType<T>, handle: (payload: T) => Promise<unknown>) => {
    // Payloads are untrusted: registered loosely, validated before any use.
    (socket as unknown as { on(event: string, listener: (...args: unknown[]) => void): void }).on(event, async (...args) => {
      const last = args.at(-1);
      const ack: Ack | undefined = typeof last === 'function' ? (last as Ack) : undefined;
      const started = performance.now();
      try {
        const payload = typeof args[0] === 'function' ? undefined : args[0];
        guardPayload(payload);
        await deps.limits.ip(socket.data.ip);
        const result = await handle(parseOrThrow(schema, payload, `${event} payload`));
        ack?.(result);
        deps.metrics.ackLatency.observe({ event }, (performance.now() - started) / 1000);
      } catch (error) {
        const body = toErrorBody(error);
        deps.metrics.errors.inc({ code: body.code, transport: 'socket' });
        if (body.code === 'INTERNAL_ERROR') deps.logger.error({ err: error, event }, 'socket handler failed');
        ack?.({ error: body });
      }
    });
  };
}
