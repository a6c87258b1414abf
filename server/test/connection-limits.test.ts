import { connect as netConnect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse } from '../../sdk/protocol/index.js';
import { PAGE, startSession } from './support/chat.js';
import { addSite, connect, connected, connectError, PAGE_ORIGIN, startTestServer, type TestServer, type TestSocket } from './support/test-server.js';

/** socket.io-client itself recurses over a payload, so the deep one goes out as a raw packet. */
function rawEmit(socket: TestSocket, event: string, json: string): Promise<unknown> {
  const ackId = 9_999;
  return new Promise((resolve) => {
    const engine = socket.io.engine;
    const onPacket = (packet: { type: string; data?: unknown }) => {
      const prefix = `3/v1,${ackId}`;
      if (packet.type !== 'message' || typeof packet.data !== 'string' || !packet.data.startsWith(prefix)) return;
      engine.off('packet', onPacket);
      resolve((JSON.parse(packet.data.slice(prefix.length)) as unknown[])[0]);
    };
    engine.on('packet', onPacket);
    engine.write(`2/v1,${ackId}[${JSON.stringify(event)},${json}]`);
  });
}

/** Arrays keep 20,000 levels under the transport's 64 KB cut. */
function nestedJson(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

describe('the server bounds what one caller can hold open or make it parse', () => {
  let server: TestServer;
  let site: Awaited<ReturnType<typeof addSite>>;

  beforeAll(async () => {
    server = await startTestServer({ MAX_SOCKETS_PER_IP: '3', HTTP_REQUEST_TIMEOUT_MS: '1000' });
    site = await addSite(server);
  });
  afterAll(() => server.destroy());

  it('answers a socket payload nested 20,000 deep with VALIDATION_ERROR and keeps the socket', async () => {
    const socket = connect(server.url, { siteKey: site.site.publicKey });
    await connected(socket);
    const result = await rawEmit(socket, 'session:start', nestedJson(20_000));
    expect(result).toMatchObject({ error: { code: 'VALIDATION_ERROR' } });
    expect((result as ErrorResponse).error.message).toMatch(/nested/);
    expect(await startSession(socket)).toHaveProperty('conversationId');
    socket.close();
  });

  it('answers a corrupt gzip body with 400 and a gzip bomb with 413', async () => {
    const post = (body: Buffer) =>
      fetch(`${server.url}/v1/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', origin: PAGE_ORIGIN },
        body: new Uint8Array(body),
      });
    const good = gzipSync(JSON.stringify({ siteKey: site.site.publicKey, ...PAGE }));
    const corrupt = Buffer.concat([good.subarray(0, 10), Buffer.from('this is not deflate data at all'), good.subarray(10)]);
    const broken = await post(corrupt);
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as ErrorResponse).error.code).toBe('VALIDATION_ERROR');
    const bomb = await post(gzipSync(JSON.stringify({ siteKey: site.site.publicKey, pad: ' '.repeat(5_000_000) })));
    expect(bomb.status).toBe(413);
    expect((await post(good)).status).toBe(201);
  });

  it('cuts off a client that sends its body too slowly', async () => {
    const { port } = new URL(server.url);
    const socket = netConnect(Number(port), '127.0.0.1');
    const received: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    const started = Date.now();
    socket.write(`POST /v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"siteKey":`);
    // A byte now and then, never the whole body: only the request timeout ends this.
    const drip = setInterval(() => socket.write(' '), 200);
    await new Promise<void>((resolve) => socket.once('close', () => resolve()));
    clearInterval(drip);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(Buffer.concat(received).toString()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('refuses more open sockets from one address than the cap, and accepts again once one closes', async () => {
    const open: TestSocket[] = [];
    for (let i = 0; i < 3; i++) {
      const socket = connect(server.url, { siteKey: site.site.publicKey });
      await connected(socket);
      open.push(socket);
    }
    const refused = await connectError(connect(server.url, { siteKey: site.site.publicKey }));
    expect(refused.code).toBe('RATE_LIMITED');
    expect(refused.message).toMatch(/3 open connections/);
    const closing = open.pop()!;
    closing.close();
    let again: TestSocket | undefined;
    for (let tries = 0; tries < 50 && !again; tries++) {
      const socket = connect(server.url, { siteKey: site.site.publicKey });
      try {
        await connected(socket);
        again = socket;
      } catch {
        socket.close();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    expect(again?.connected).toBe(true);
    for (const socket of [...open, again!]) socket.close();
  });
});
