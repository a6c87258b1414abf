// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpTransport } from './http-transport.js';
import { NO_CONNECTION, type ServerEvent, type Transport } from './transport.js';
import { startFallbackServer, type FallbackServer, type FallbackServerOptions } from './test/support/fallback-server.js';
import { SESSION } from './test/support/session-fixture.js';
import { TAKEOVER_EVENTS } from './test/support/takeover-events.js';

const RETRY = { baseMs: 20, maxMs: 100 };
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A server without the events stream that opens a reply stream and then sends nothing, as a stalled proxy would. */
function stallingFetch(): typeof fetch {
  return async (input, init) => {
    if (String(input).endsWith('/v1/sessions')) return Response.json(SESSION);
    if (String(input).endsWith('/events')) return Response.json({ error: { code: 'NOT_FOUND', message: 'No such route.' } }, { status: 404 });
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        init?.signal?.addEventListener('abort', () => controller.error(new Error('aborted')));
      },
    });
    return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
  };
}

describe('the HTTP transport', () => {
  it('gives up on a reply stream that never confirms the message, so the send queue moves on', async () => {
    const downs: string[] = [];
    const transport = createHttpTransport(
      { serverUrl: 'https://chat.example', timeoutMs: 50, retry: RETRY, fetch: stallingFetch() },
      { onEvent: () => undefined, onGap: () => undefined, onDown: (reason) => downs.push(reason), onError: () => undefined },
    );
    await transport.open({ auth: { siteKey: 'pk_test' }, session: { page: { url: 'https://dealer.example/' } } });
    const started = Date.now();
    expect(await transport.send({ clientId: '0b7c5c1e-4a2b-4a4e-9d1f-2f0a6b1c9d10', text: 'hi' })).toBe(NO_CONNECTION);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(downs).toEqual(['reply stream broke']);
  });
});

/** A transport on a fallback server, open, with what its hooks heard. */
async function openOn(options: FallbackServerOptions = {}) {
  const server = await startFallbackServer(options);
  cleanups.push(() => server.close());
  const heard = { events: [] as ServerEvent[], gaps: 0, downs: [] as string[] };
  const transport: Transport = createHttpTransport(
    { serverUrl: server.url, timeoutMs: 2_000, retry: RETRY },
    { onEvent: (event) => heard.events.push(event), onGap: () => heard.gaps++, onDown: (reason) => heard.downs.push(reason), onError: () => undefined },
  );
  cleanups.push(() => transport.close());
  expect((await transport.open({ auth: { siteKey: 'pk_test' }, session: { page: { url: 'https://dealer.example/' } } })).kind).toBe('session');
  return { server, transport, heard };
}

const streamOpen = (server: FallbackServer) => vi.waitFor(() => expect(server.streams()).toBe(1));

describe('the HTTP transport with the events stream', () => {
  it("keeps the conversation's events stream open and passes a whole takeover on, as the socket does", async () => {
    const { server, heard } = await openOn();
    await streamOpen(server);
    expect(server.seen.find((r) => r.path.endsWith('/events'))?.authorization).toBe(`Bearer ${SESSION.visitorToken}`);
    for (const event of TAKEOVER_EVENTS) server.push(event.name, event.payload);
    await vi.waitFor(() => expect(heard.events).toEqual(TAKEOVER_EVENTS));
  });

  it('posts messages with Prefer: return=minimal, so their replies come once, on the stream; and posts typing', async () => {
    const { server, transport } = await openOn();
    const sent = await transport.send({ clientId: '0b7c5c1e-4a2b-4a4e-9d1f-2f0a6b1c9d10', text: 'Is the CR-V still there?' });
    expect(sent).toMatchObject({ message: { id: 'v1', role: 'visitor' } });
    expect(sent).not.toHaveProperty('reply');
    transport.typing(true);
    await vi.waitFor(() => expect(server.seen.filter((r) => r.path.endsWith('/typing')).map((r) => r.body)).toEqual([{ on: true }]));
    expect(server.seen.filter((r) => r.path.endsWith('/messages')).map((r) => r.prefer)).toEqual(['return=minimal']);
  });

  it('asks for the stream again after it is cut and reports the gap, then passes what comes on the new one', async () => {
    const { server, heard } = await openOn();
    await streamOpen(server);
    server.cut();
    await vi.waitFor(() => expect(heard.gaps).toBe(1));
    expect(server.streams()).toBe(1);
    server.push('agent:joined', { name: 'Dana', dealer: 'Test Motors', at: '2026-12-07T01:00:00.000Z' });
    await vi.waitFor(() => expect(heard.events.map((e) => e.name)).toEqual(['agent:joined']));
    expect(heard.downs).toEqual([]);
  });

  it('reports the connection down when the cut stream cannot be had back', async () => {
    const { server, heard } = await openOn();
    await streamOpen(server);
    await server.close();
    await vi.waitFor(() => expect(heard.downs).toHaveLength(1));
    expect(heard.downs[0]).toMatch(/^events stream /);
    expect(heard.gaps).toBe(0);
  });

  it('streams each reply on its POST, without Prefer or typing, from a server that has no events stream', async () => {
    const { server, transport } = await openOn({ events: false });
    expect(await transport.send({ clientId: '0b7c5c1e-4a2b-4a4e-9d1f-2f0a6b1c9d10', text: 'hi' })).toMatchObject({ message: { id: 'v1' } });
    transport.typing(true);
    await transport.pageView({ url: 'https://dealer.example/finance' });
    expect(server.seen.map((r) => `${r.method} ${r.path}${r.prefer ? ` ${r.prefer}` : ''}`)).toEqual([
      'POST /v1/sessions',
      'GET /v1/conversations/c1/events',
      'POST /v1/conversations/c1/messages',
      'POST /v1/conversations/c1/page-views',
    ]);
  });
});
