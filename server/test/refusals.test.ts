import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, SessionStartResult } from '../../sdk/protocol/index.js';
import { PAGE, request, startSession } from './support/chat.js';
import { addSite, connect, connected, connectError, PAGE_ORIGIN, startTestServer, type TestServer } from './support/test-server.js';

describe('the server refuses bad callers with the documented codes and keeps serving', () => {
  let server: TestServer;
  let site: Awaited<ReturnType<typeof addSite>>;
  let other: Awaited<ReturnType<typeof addSite>>;

  beforeAll(async () => {
    server = await startTestServer({ RATE_LIMIT_MESSAGES_PER_MINUTE: '5' });
    site = await addSite(server);
    other = await addSite(server, { name: 'Other Cars', allowedOrigins: ['https://othercars.example'] });
  });
  afterAll(() => server.destroy());

  async function stillServes() {
    const socket = connect(server.url, { siteKey: site.site.publicKey });
    await connected(socket);
    const session = await startSession(socket);
    socket.close();
    expect(session.conversationId).toBeTruthy();
  }

  it('refuses a handshake from an origin the site does not allow', async () => {
    const error = await connectError(connect(server.url, { siteKey: site.site.publicKey }, 'https://evil.example'));
    expect(error.code).toBe('ORIGIN_NOT_ALLOWED');
    await stillServes();
  });

  it('refuses an unknown site key', async () => {
    const error = await connectError(connect(server.url, { siteKey: 'pk_nope' }));
    expect(error.code).toBe('UNKNOWN_SITE');
  });

  it("refuses another visitor's token and a token from another site", async () => {
    const a = connect(server.url, { siteKey: site.site.publicKey });
    await connected(a);
    const first = await startSession(a);
    a.close();
    const b = connect(server.url, { siteKey: site.site.publicKey });
    await connected(b);
    const second = await startSession(b);
    b.close();

    const mixed = connect(server.url, { siteKey: site.site.publicKey, visitorId: first.visitorId, visitorToken: second.visitorToken });
    expect((await connectError(mixed)).code).toBe('INVALID_TOKEN');
    const forged = connect(server.url, { siteKey: site.site.publicKey, visitorId: first.visitorId, visitorToken: 'v1.x.y' });
    expect((await connectError(forged)).code).toBe('INVALID_TOKEN');
    const otherSite = connect(
      server.url,
      { siteKey: other.site.publicKey, visitorId: first.visitorId, visitorToken: first.visitorToken },
      'https://othercars.example',
    );
    expect((await connectError(otherSite)).code).toBe('INVALID_TOKEN');

    const res = await fetch(`${server.url}/v1/conversations/${first.conversationId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: PAGE_ORIGIN, authorization: `Bearer ${second.visitorToken}` },
      body: JSON.stringify({ clientId: randomUUID(), text: 'let me in' }),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as ErrorResponse).error.code).toBe('FORBIDDEN');
    await stillServes();
  });

  it("refuses another site's secret key on the server API", async () => {
    const socket = connect(server.url, { siteKey: site.site.publicKey });
    await connected(socket);
    const session = await startSession(socket);
    socket.close();
    const res = await fetch(`${server.url}/v1/conversations/${session.conversationId}`, {
      headers: { authorization: `Bearer ${other.secretKey}` },
    });
    expect(res.status).toBe(404);
    expect(((await res.json()) as ErrorResponse).error.code).toBe('NOT_FOUND');
    const own = await fetch(`${server.url}/v1/conversations/${session.conversationId}`, {
      headers: { authorization: `Bearer ${site.secretKey}` },
    });
    expect(own.status).toBe(200);
    const none = await fetch(`${server.url}/v1/leads`, { headers: { authorization: 'Bearer sk_wrong' } });
    expect(none.status).toBe(401);
    expect(((await none.json()) as ErrorResponse).error.code).toBe('UNAUTHORIZED');
  });

  it('answers malformed and oversized socket payloads with errors and stores nothing', async () => {
    const socket = connect(server.url, { siteKey: site.site.publicKey });
    await connected(socket);
    const early = await request(socket, 'message:send', { clientId: randomUUID(), text: 'hi' });
    expect(early).toMatchObject({ error: { code: 'SESSION_REQUIRED' } });
    const session = await startSession(socket);

    const cases: Array<[unknown, string]> = [
      [{ clientId: 'not-a-uuid', text: 'hi' }, 'VALIDATION_ERROR'],
      [{ clientId: randomUUID(), text: '   ' }, 'VALIDATION_ERROR'],
      [{ clientId: randomUUID(), text: 'x'.repeat(2001) }, 'VALIDATION_ERROR'],
      [{ clientId: randomUUID(), text: 'hi', extra: true }, 'VALIDATION_ERROR'],
      ['just a string', 'VALIDATION_ERROR'],
      [{ clientId: randomUUID(), text: 'y'.repeat(20_000) }, 'PAYLOAD_TOO_LARGE'],
    ];
    for (const [payload, code] of cases) {
      const result = await request(socket, 'message:send', payload);
      expect(result, JSON.stringify(payload).slice(0, 60)).toMatchObject({ error: { code } });
    }
    const bad = await request(socket, 'session:start', { page: { url: 'javascript:alert(1)' } });
    expect(bad).toMatchObject({ error: { code: 'VALIDATION_ERROR', details: [{ path: 'page.url' }] } });

    const history = await request<{ messages: unknown[] }>(socket, 'messages:since', {});
    expect(history).toMatchObject({ messages: session.messages });
    socket.close();
    await stillServes();
  });

  it('answers malformed and oversized HTTP bodies with errors', async () => {
    const post = (body: string) =>
      fetch(`${server.url}/v1/sessions`, { method: 'POST', headers: { 'content-type': 'application/json', origin: PAGE_ORIGIN }, body });
    const broken = await post('{"siteKey":');
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as ErrorResponse).error.code).toBe('VALIDATION_ERROR');
    const big = await post(JSON.stringify({ siteKey: site.site.publicKey, page: PAGE.page, pad: 'z'.repeat(20_000) }));
    expect(big.status).toBe(413);
    expect(((await big.json()) as ErrorResponse).error.code).toBe('PAYLOAD_TOO_LARGE');
    const missing = await post(JSON.stringify({ siteKey: site.site.publicKey }));
    expect(((await missing.json()) as ErrorResponse).error).toMatchObject({ code: 'VALIDATION_ERROR', details: [{ path: 'page' }] });
    const unknown = await fetch(`${server.url}/v1/nothing-here`);
    expect(unknown.status).toBe(404);
  });

  it('rate-limits a visitor sending too fast', async () => {
    const socket = connect(server.url, { siteKey: site.site.publicKey });
    await connected(socket);
    await startSession(socket);
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await request(socket, 'message:send', { clientId: randomUUID(), text: `message ${i}` }));
    expect(results.slice(0, 5).every((r) => !('error' in (r as object)))).toBe(true);
    expect(results[5]).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    expect((results[5] as ErrorResponse).error.retryAfter).toBeGreaterThan(0);
    socket.close();
  });

  it('rate-limits one address making too many requests, over HTTP and sockets alike', async () => {
    const limited = await startTestServer({ RATE_LIMIT_IP_PER_MINUTE: '4' });
    try {
      const demo = { siteKey: 'pk_demo', page: { url: 'http://localhost:5173/' } };
      const post = () =>
        fetch(`${limited.url}/v1/sessions`, { method: 'POST', headers: { 'content-type': 'application/json', origin: PAGE_ORIGIN }, body: JSON.stringify(demo) });
      expect((await post()).status).toBe(201);
      expect((await post()).status).toBe(201);
      // The handshake counts too: it is the third request from this address.
      const socket = connect(limited.url, { siteKey: 'pk_demo' });
      await connected(socket);
      expect(await request(socket, 'session:start', { page: demo.page })).not.toHaveProperty('error');
      expect(await request(socket, 'session:start', { page: demo.page })).toMatchObject({ error: { code: 'RATE_LIMITED' } });
      socket.close();
      const refused = await post();
      expect(refused.status).toBe(429);
      const flood = connect(limited.url, { siteKey: 'pk_demo' });
      expect(await connectError(flood)).toMatchObject({ code: 'RATE_LIMITED' });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.destroy();
    }
  });

  it('returns the session body shape over HTTP with CORS for the page', async () => {
    const res = await fetch(`${server.url}/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: PAGE_ORIGIN },
      body: JSON.stringify({ siteKey: site.site.publicKey, ...PAGE }),
    });
    expect(res.headers.get('access-control-allow-origin')).toBe(PAGE_ORIGIN);
    const preflight = await fetch(`${server.url}/v1/leads`, { method: 'OPTIONS', headers: { origin: PAGE_ORIGIN } });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const body = (await res.json()) as SessionStartResult;
    expect(Object.keys(body).sort()).toEqual(['conversationId', 'locale', 'messages', 'persona', 'site', 'theme', 'visitorId', 'visitorToken']);
  });

  it('answers preflight on every visitor route and sends CORS headers with a refused body', async () => {
    const conversation = '01950000-0000-7000-8000-000000000001';
    const paths = ['/v1/sessions', ...['messages', 'page-views', 'identify', 'events', 'typing'].map((tail) => `/v1/conversations/${conversation}/${tail}`)];
    for (const path of paths) {
      const preflight = await fetch(`${server.url}${path}`, {
        method: 'OPTIONS',
        headers: { origin: PAGE_ORIGIN, 'access-control-request-headers': 'authorization,content-type,prefer' },
      });
      expect([path, preflight.status, preflight.headers.get('access-control-allow-origin')]).toEqual([path, 204, PAGE_ORIGIN]);
      const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/,\s*/);
      expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', 'prefer']));
    }
    const malformed = await fetch(`${server.url}/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: PAGE_ORIGIN },
      body: '{"siteKey":',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('access-control-allow-origin')).toBe(PAGE_ORIGIN);
  });
});
