import express, { Router, type Request } from 'express';
import { LIMITS } from '../../sdk/protocol/index.js';
import { createSessionSchema, identifySchema, messageSendSchema, pageViewSchema, visitorTypingSchema } from '../../sdk/protocol/schemas.js';
import type { SessionRef, VisitorContext } from '../conversation/context.js';
import type { ConversationEngine } from '../conversation/engine.js';
import type { EventHub } from '../conversation/event-hub.js';
import { provenVisitorId } from '../conversation/session-service.js';
import { AppError, parseOrThrow } from '../errors/app-error.js';
import { clientIp } from '../security/client-ip.js';
import type { RateLimits } from '../security/rate-limits.js';
import type { VisitorTokens } from '../security/visitor-token.js';
import { assertOrigin, siteForVisitor } from '../sites/site-access.js';
import type { Store } from '../store/store.js';
import type { ConversationEvents } from './event-stream.js';
import { streamReply } from './reply-stream.js';
import { requestOrigin } from '../security/request-origin.js';
import { conversationId, historyQuery } from './request-params.js';
import { visitorCors } from './visitor-cors.js';

export interface VisitorRouteDeps {
  store: Store;
  engine: ConversationEngine;
  tokens: VisitorTokens;
  limits: RateLimits;
  hub: EventHub;
  /** The open `GET …/events` streams, which app.ts ends at shutdown. */
  events: ConversationEvents;
  trustProxy: boolean;
}

function bearer(req: Request): string | undefined {
  return /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
}

/** The HTTP fallback: the socket protocol's semantics and validation over plain requests. */
export function visitorRoutes(deps: VisitorRouteDeps): Router {
  const router = Router();
  const json = express.json({ limit: LIMITS.payloadBytes });
  /**
   * Every visitor path is declared here, with CORS and its body parser in front, so a new route cannot miss CORS
   * and even a refused body answers with the headers the browser needs to read the error.
   */
  const visitorPath = (path: string) => {
    router.use(path, visitorCors, json);
    return router.route(path);
  };

  const client = async (req: Request): Promise<Omit<VisitorContext, 'site'>> => {
    const ip = clientIp(req.socket.remoteAddress ?? '', req.headers, deps.trustProxy);
    await deps.limits.ip(ip);
    return { ip, userAgent: req.headers['user-agent']?.slice(0, 300) };
  };

  /** Resolves the conversation from the URL and the bearer token that must own it. */
  const session = async (req: Request): Promise<SessionRef> => {
    const id = parseOrThrow(conversationId, req.params.id, 'conversation id');
    const ctx = await client(req);
    const conversation = await deps.store.conversations.byId(id);
    if (!conversation) throw new AppError('NOT_FOUND', 'No such conversation.');
    const site = await deps.store.sites.byId(conversation.siteId);
    if (!site) throw new AppError('NOT_FOUND', 'No such conversation.');
    assertOrigin(site, requestOrigin(req.headers));
    const visitorId = provenVisitorId(deps.tokens, site.id, undefined, bearer(req));
    if (!visitorId) throw new AppError('INVALID_TOKEN', 'Send the visitor token from POST /v1/sessions as "Authorization: Bearer …".');
    if (conversation.visitorId !== visitorId) throw new AppError('FORBIDDEN', 'This conversation belongs to another visitor.');
    return { ...ctx, site, visitorId, conversationId: id };
  };

  visitorPath('/v1/sessions').post(async (req, res) => {
    const body = parseOrThrow(createSessionSchema, req.body, 'session request');
    const ctx = await client(req);
    const site = await siteForVisitor(deps.store, body.siteKey, requestOrigin(req.headers));
    const { siteKey: _siteKey, ...input } = body;
    res.status(201).json(await deps.engine.startSession({ ...ctx, site }, { ...input, visitorToken: bearer(req) }));
  });

  visitorPath('/v1/conversations/:id/messages').post(async (req, res) => {
    const ref = await session(req);
    const payload = parseOrThrow(messageSendSchema, req.body, 'message');
    const { message, reply } = await deps.engine.send(ref, payload);
    if (/\breturn=minimal\b/.test(req.get('prefer') ?? '')) {
      // Everything after the stored message comes on GET …/events.
      res.status(202).set('Preference-Applied', 'return=minimal').json({ message });
      return;
    }
    if (req.headers.accept?.includes('text/event-stream')) {
      streamReply(res, deps.hub, message, reply);
      return;
    }
    const answer = await reply;
    res.json(answer ? { message, reply: answer } : { message });
  }).get(async (req, res) => {
    const ref = await session(req);
    const query = parseOrThrow(historyQuery, req.query, 'query');
    res.json(await deps.engine.since(ref, query.after, query.limit));
  });

  visitorPath('/v1/conversations/:id/events').get(async (req, res) => {
    const ref = await session(req);
    deps.events.open(res, ref.conversationId);
  });

  visitorPath('/v1/conversations/:id/typing').post(async (req, res) => {
    const ref = await session(req);
    await deps.engine.typing(ref, parseOrThrow(visitorTypingSchema, req.body, 'typing'));
    res.json({ ok: true });
  });

  // `page:view` and `visitor:identify` of the socket protocol, for clients on the fallback.
  visitorPath('/v1/conversations/:id/page-views').post(async (req, res) => {
    const ref = await session(req);
    await deps.engine.pageView(ref, parseOrThrow(pageViewSchema, req.body, 'page view'));
    res.json({ ok: true });
  });

  visitorPath('/v1/conversations/:id/identify').post(async (req, res) => {
    const ref = await session(req);
    res.json(await deps.engine.identify(ref, parseOrThrow(identifySchema, req.body, 'identify')));
  });

  return router;
}
