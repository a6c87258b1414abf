import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say, startSession } from './support/chat.js';
import { addSite, connect, connected, startTestServer, type TestServer } from './support/test-server.js';

describe('operations endpoints', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.destroy());

  it('reports health and readiness with store, llm and mail modes', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      store: { status: 'ok', kind: 'embedded' },
      outbox: { status: 'ok', oldestDueSeconds: 0, inFlight: 0, restarts: 0 },
      llm: { mode: 'offline' },
      mail: { mode: 'file' },
    });
  });

  it('creates the demo site on first start', async () => {
    const demo = await server.store.sites.byPublicKey('pk_demo');
    expect(demo?.allowedOrigins).toEqual(['http://localhost:*', 'http://127.0.0.1:*']);
  });

  it('exposes Prometheus metrics for connections, messages and errors', async () => {
    const site = await addSite(server);
    const socket = connect(server.url, { siteKey: site.site.publicKey });
    await connected(socket);
    await startSession(socket);
    await say(socket, 'hello');
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toMatch(/cathy_socket_connections 1/);
    expect(text).toMatch(/cathy_messages_total\{role="visitor"\} 1/);
    expect(text).toMatch(/cathy_messages_total\{role="assistant"\} 1/);
    expect(text).toMatch(/cathy_delivery_worker_restarts_total 0/);
    socket.close();
  });
});
