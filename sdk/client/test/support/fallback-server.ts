import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChatMessage, SessionStartResult } from '../../../protocol/index.js';
import { SESSION } from './session-fixture.js';

export interface SeenRequest {
  method: string;
  path: string;
  prefer?: string;
  authorization?: string;
  body?: unknown;
}

export interface FallbackServer {
  url: string;
  /** Every request, in order. */
  seen: SeenRequest[];
  /** Events streams open now. */
  streams(): number;
  /** Sends one server-sent event to every open events stream. */
  push(name: string, data: unknown): void;
  /** Stores a message as the conversation's next (what `GET …/messages?after=` serves). */
  store(message: ChatMessage): void;
  /** Ends every open events stream, as a proxy's timeout or a server restart does. */
  cut(): void;
  close(): Promise<void>;
}

export interface FallbackServerOptions {
  /** False: a server from before live takeover, without `GET …/events` (404) and ignoring `Prefer`. */
  events?: boolean;
  session?: Partial<SessionStartResult>;
}

const readBody = async (req: http.IncomingMessage): Promise<unknown> => {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text ? (JSON.parse(text) as unknown) : undefined;
};

/**
 * The conversation server's HTTP fallback for conversation `c1`, speaking the real wire format (JSON, and
 * `text/event-stream` on `GET /v1/conversations/c1/events`), with the events a test pushes by hand. The
 * integration tests against the real server cover the rest of the fallback.
 */
export async function startFallbackServer(options: FallbackServerOptions = {}): Promise<FallbackServer> {
  const seen: SeenRequest[] = [];
  const messages: ChatMessage[] = [];
  const open = new Set<http.ServerResponse>();
  const session = { ...SESSION, ...options.session };
  let next = 1;

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const body = await readBody(req);
    seen.push({
      method: req.method ?? '',
      path: url.pathname,
      ...(req.headers.prefer ? { prefer: String(req.headers.prefer) } : {}),
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      ...(body === undefined ? {} : { body }),
    });
    const json = (status: number, value: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    const route = `${req.method} ${url.pathname}`;
    if (route === 'POST /v1/sessions') return json(201, session);
    if (route === 'GET /v1/conversations/c1/events' && options.events !== false) {
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
      res.write(': connected\n\n');
      open.add(res);
      return void res.on('close', () => open.delete(res));
    }
    if (route === 'POST /v1/conversations/c1/typing' && options.events !== false) return json(200, { ok: true });
    if (route === 'POST /v1/conversations/c1/messages') {
      const { clientId, text } = body as { clientId: string; text: string };
      const message: ChatMessage = { id: `v${next++}`, conversationId: 'c1', role: 'visitor', text, clientId, createdAt: new Date().toISOString() };
      messages.push(message);
      return json(req.headers.prefer === 'return=minimal' && options.events !== false ? 202 : 200, { message });
    }
    if (route === 'GET /v1/conversations/c1/messages') {
      const after = url.searchParams.get('after');
      const from = after ? messages.findIndex((m) => m.id === after) + 1 : 0;
      return json(200, { messages: messages.slice(from), hasMore: false });
    }
    json(404, { error: { code: 'NOT_FOUND', message: `No route ${route}.` } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    streams: () => open.size,
    push(name, data) {
      for (const res of open) res.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    store: (message) => void messages.push(message),
    cut() {
      for (const res of open) res.end();
      open.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
