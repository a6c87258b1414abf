import { createServer, type Server as HttpServer } from 'node:http';
import express from 'express';
import { Server } from 'socket.io';
import { LIMITS, type ClientToServerEvents, type ServerToClientEvents } from '../sdk/protocol/index.js';
import type { Config } from './config/env.js';
import { createConversationEngine, type ConversationEngine } from './conversation/engine.js';
import { createEventHub } from './conversation/event-hub.js';
import { createKeyedQueue } from './concurrency/keyed-queue.js';
import { createEscalations, type Escalations } from './escalation/escalations.js';
import { createPresenceRegistry } from './handoff/presence.js';
import { createReplyAborts } from './handoff/reply-aborts.js';
import { createTypingRelay } from './conversation/typing-relay.js';
import { createLanguageModel } from './conversation/llm/create-language-model.js';
import { createOfflineResponder } from './conversation/offline/offline-responder.js';
import type { Responder } from './conversation/responder.js';
import { apiRoutes } from './http/api-routes.js';
import type { WorkerHealth } from './delivery/worker-watchdog.js';
import { consoleRoutes } from './http/console-routes.js';
import { conversationPageRoutes } from './http/conversation-page-routes.js';
import { deliveryRoutes } from './http/delivery-routes.js';
import { errorHandler, notFound } from './http/error-handler.js';
import { conversationEvents } from './http/event-stream.js';
import { demoSiteRoutes } from './http/demo-site-routes.js';
import { openApiRoute } from './http/openapi/openapi-route.js';
import { ledgerRoutes } from './http/ledger-routes.js';
import { opsRoutes } from './http/ops-routes.js';
import { privacyRoutes } from './http/privacy-routes.js';
import { staffSessionRoutes, staffSignInRoutes } from './http/staff-auth-routes.js';
import { staffGuard } from './http/staff-guard.js';
import { staffRequests } from './http/staff-requests.js';
import { staffHandoffRoutes } from './http/staff-handoff-routes.js';
import { staffInboxRoutes } from './http/staff-inbox-routes.js';
import { staffEscalationRoutes } from './http/staff-escalation-routes.js';
import { staffLeadRoutes } from './http/staff-lead-routes.js';
import { staffTeamRoutes } from './http/staff-team-routes.js';
import { visitorRoutes } from './http/visitor-routes.js';
import { widgetRoutes } from './http/widget-routes.js';
import type { Logger } from './logging/logger.js';
import { createMetrics, type Metrics } from './metrics/metrics.js';
import { attachGateway } from './realtime/gateway.js';
import { attachStaffNamespace } from './realtime/staff-namespace.js';
import type { CathyServer, InterServerEvents, SocketData } from './realtime/socket-types.js';
import { createRateLimits } from './security/rate-limits.js';
import { createLeadLinks } from './security/lead-link.js';
import { createSignInLimits, DEFAULT_SIGN_IN_LIMITS } from './security/sign-in-limits.js';
import { createVisitorTokens } from './security/visitor-token.js';
import { createSignIn } from './staff/sign-in.js';
import { createStaffSessions, type StaffSessions } from './staff/staff-sessions.js';
import type { Store } from './store/store.js';
import { announceLeadById } from './workspace/announce-lead-change.js';

export interface AppDeps {
  config: Config;
  store: Store;
  logger: Logger;
  /** Signs visitor tokens. */
  secret: string;
  responder?: Responder;
  now?: () => Date;
  /** Client build output served at /widget.js; default `dist/widget` under the working directory. */
  widgetDir?: string;
  /** The staff console build served at /console/; default `dist/console` under the working directory. */
  consoleDir?: string;
  /** The example dealer site served at /demo/; default `examples/dealer-site` under the working directory. */
  demoDir?: string;
}

export interface App {
  httpServer: HttpServer;
  io: CathyServer;
  engine: ConversationEngine;
  /** Shoppers waiting for a person: the boot starts its sweep for deadlines a restart left. */
  escalations: Escalations;
  metrics: Metrics;
  llmMode: Responder['mode'];
  /** Staff sessions, for the staff socket's handshake and its `onEnded` disconnects. */
  staffSessions: StaffSessions;
  /** Lets `/readyz` report the outbox worker, which starts once the server listens. */
  reportOutbox(health: () => Promise<WorkerHealth>): void;
  /** Refreshes a lead on the staff sockets, e.g. once the delivery worker changed its delivery status. */
  leadChanged(leadId: string): void;
  /** Proves every staff socket's session again now; it also runs every 30 s. */
  staffSockets: { recheck(): Promise<void> };
  /** Stops accepting, lets replies in progress finish, closes sockets. Does not close the store. */
  close(): Promise<void>;
}

/** Sockets above this size are cut by the transport; between 16 KB and this, they get PAYLOAD_TOO_LARGE. */
const TRANSPORT_MAX_BYTES = 64 * 1024;
const HEADERS_TIMEOUT_MS = 10_000;
/** Idle time before a kept-alive connection closes; a reverse proxy in front should give up on idle sooner. */
const KEEP_ALIVE_TIMEOUT_MS = 10_000;
const TIMEOUT_CHECK_MS = 1_000;

/** Wires the server without listening, so tests and the boot file share it. */
export function createApp(deps: AppDeps): App {
  const { config, store, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const metrics = createMetrics();
  const hub = createEventHub();
  const tokens = createVisitorTokens(deps.secret, { ttlMs: config.visitorTokenTtlMs, now });
  const limits = createRateLimits(config.rateLimits);
  const fallback = createOfflineResponder();
  const { apiKey } = config.openai;
  const model = apiKey ? createLanguageModel({ ...config.openai, apiKey }, { store, logger, now }) : undefined;
  const responder = deps.responder ?? model?.responder ?? fallback;
  const trustProxy = config.trustProxy !== undefined;
  const presence = createPresenceRegistry(now);
  const aborts = createReplyAborts();
  const typing = createTypingRelay({ store, hub, now });
  const onMessage = (role: 'visitor' | 'assistant' | 'agent') => metrics.messages.inc({ role });
  const queue = createKeyedQueue();
  const escalations = createEscalations({
    store,
    hub,
    queue,
    presence,
    logger,
    now,
    onOutcome: (outcome) => metrics.escalations.inc({ outcome }),
    onMessage,
  });
  const engine = createConversationEngine({
    presence,
    aborts,
    typing,
    queue,
    escalations,
    store,
    responder,
    fallback,
    enricher: model?.enricher,
    limits,
    hub,
    logger,
    tokens,
    now,
    onMessage,
    onLead: (created) => metrics.leads.inc({ kind: created ? 'created' : 'updated' }),
  });
  const staffSessions = createStaffSessions({ store, now });
  const signInLimits = createSignInLimits({ ...DEFAULT_SIGN_IN_LIMITS, ipAttempts: config.rateLimits.signInsPer10Minutes });
  const staff = { store, sessions: staffSessions, limits: signInLimits, publicUrl: config.publicUrl, now, logger };
  const signIn = createSignIn(staff);
  let shuttingDown = false;
  let outboxHealth: (() => Promise<WorkerHealth>) | undefined;

  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', config.trustProxy);
  app.use(opsRoutes({ store, metrics, llmMode: responder.mode, mailMode: config.smtpUrl ? 'smtp' : 'file', isShuttingDown: () => shuttingDown, outbox: () => outboxHealth?.() }));
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });
  app.get('/openapi.json', openApiRoute({ publicUrl: config.publicUrl }));
  app.use(widgetRoutes({ dir: deps.widgetDir ?? 'dist/widget' }));
  app.use(demoSiteRoutes({ dir: deps.demoDir ?? 'examples/dealer-site' }));
  app.use(consoleRoutes({ dir: deps.consoleDir ?? 'dist/console', publicUrl: config.publicUrl }));
  app.use(conversationPageRoutes({ store, leadLinks: createLeadLinks(deps.secret), publicUrl: config.publicUrl, now }));
  // Only visitor routes answer cross-origin pages (they mount their own CORS); the secret-key API stays off-limits.
  const events = conversationEvents(hub);
  app.use(visitorRoutes({ store, engine, tokens, limits, hub, events, trustProxy }));
  app.use(express.json({ limit: LIMITS.payloadBytes }));
  app.use(ledgerRoutes({ store, now }));
  app.use(apiRoutes({ store, hub }));
  app.use(deliveryRoutes({ store, publicUrl: config.publicUrl, now }));
  app.use(privacyRoutes({ store, dataDir: config.dataDir, now }));
  // The workspace's API (docs/staff-api.md).
  app.use('/v1/staff', staffRequests({ limits, trustProxy }));
  app.use(staffSignInRoutes({ ...staff, signIn, trustProxy }));
  // Every staff route mounted below this line needs a live session, and the CSRF token to change anything.
  app.use('/v1/staff', staffGuard(staffSessions, { publicUrl: config.publicUrl }));
  app.use(staffSessionRoutes(staff));
  app.use(staffTeamRoutes(staff));
  app.use(staffInboxRoutes({ store, hub, now }));
  app.use(staffLeadRoutes({ store, hub, now }));
  app.use(staffHandoffRoutes({ store, hub, aborts, logger, now, presence, onMessage }));
  app.use(staffEscalationRoutes({ store, now }));
  app.use(notFound);
  app.use(errorHandler({ logger, metrics }));

  const httpServer = createServer(
    {
      // Node's defaults let a client trickle a body for 300 s; every visitor request is small.
      requestTimeout: config.httpRequestTimeoutMs,
      headersTimeout: Math.min(HEADERS_TIMEOUT_MS, config.httpRequestTimeoutMs),
      keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
      // How often Node checks those timeouts (default 30 s, which would let a slow client live that much longer).
      connectionsCheckingInterval: Math.min(TIMEOUT_CHECK_MS, config.httpRequestTimeoutMs),
    },
    app,
  );
  const io = new Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>(httpServer, {
    maxHttpBufferSize: TRANSPORT_MAX_BYTES,
    cors: { origin: true, methods: ['GET', 'POST'] },
    serveClient: false,
    pingInterval: 25_000,
    pingTimeout: 20_000,
  });
  attachGateway(io, { store, tokens, engine, hub, limits, metrics, logger, trustProxy, maxSocketsPerIp: config.maxSocketsPerIp });
  const staffSockets = attachStaffNamespace(io, { store, hub, presence, typing, sessions: staffSessions, logger, publicUrl: config.publicUrl, now, limits, trustProxy });

  return {
    httpServer,
    io,
    engine,
    escalations,
    metrics,
    llmMode: responder.mode,
    staffSessions,
    staffSockets,
    reportOutbox(health) {
      outboxHealth = health;
    },
    leadChanged(leadId) {
      announceLeadById(store, hub, leadId).catch((error: unknown) => logger.error({ err: error, leadId }, 'lead change not announced'));
    },
    async close() {
      shuttingDown = true;
      staffSockets.stop();
      escalations.stop();
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await engine.idle();
      events.endAll();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      httpServer.closeAllConnections();
      await closed;
    },
  };
}
