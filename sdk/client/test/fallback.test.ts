// @vitest-environment happy-dom
// @vitest-environment-options {"url": "http://localhost:5173/inventory"}
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTestSite } from '../../../server/test/support/test-server.js';
import type { ErrorBody } from '../../protocol/index.js';
import type { CathyClient, ConnectionStatus } from '../types.js';
import { FAST_TIMING, settled, testClient, waitFor } from './support/client-harness.js';
import { startProxy, type SwitchableProxy } from './support/switchable-proxy.js';

describe('falling back to HTTP when Socket.IO is refused', () => {
  const t = useTestSite();
  let proxy: SwitchableProxy;
  const clients: CathyClient[] = [];
  beforeEach(async () => {
    localStorage.clear();
    proxy = await startProxy(t.server.url, 'block-socket');
  });
  afterEach(async () => {
    clients.splice(0).forEach((client) => client.destroy());
    await proxy.close();
  });

  it('talks over HTTP with the reply streamed, then switches back to the socket once it gets through', async () => {
    const client = testClient(t, { url: proxy.url });
    clients.push(client);
    const statuses: ConnectionStatus[] = [];
    const deltas: string[] = [];
    client.on('connection', ({ status }) => statuses.push(status));
    client.on('delta', ({ delta }) => deltas.push(delta));
    await client.start();
    expect(client.snapshot()).toMatchObject({ status: 'http', ready: true });

    client.send('Do you have a used Tacoma?');
    const overHttp = await settled(client, 1);
    expect(overHttp.status).toBe('http');
    expect(deltas.length).toBeGreaterThan(0);

    proxy.setMode('forward');
    await waitFor(client, (s) => s.status === 'online', 'the switch back to the socket');
    client.send('What would the payment be?');
    const overSocket = await settled(client, 2);
    expect(statuses).toEqual(['connecting', 'http', 'online']);

    const stored = await t.server.store.messages.after(overSocket.conversationId!, undefined, 100);
    expect(stored.filter((m) => m.role === 'visitor')).toHaveLength(2);
    expect(stored.map((m) => m.id)).toEqual(overSocket.messages.map((m) => m.id));
  });

  it('falls back at once, not after the connect timeout, when a middlebox drops the websocket after the upgrade', async () => {
    proxy.setMode('drop-socket');
    const client = testClient(t, { url: proxy.url }, { timing: { ...FAST_TIMING, connectTimeoutMs: 10_000 } });
    clients.push(client);
    const started = Date.now();
    await client.start();
    await waitFor(client, (s) => s.status === 'http' && s.ready, 'the HTTP fallback');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('treats an origin refusal as an error, not a reason to fall back', async () => {
    const client = testClient(t, {}, { socketOptions: { extraHeaders: { origin: 'https://evil.example' } } });
    clients.push(client);
    const errors: ErrorBody[] = [];
    const statuses: ConnectionStatus[] = [];
    client.on('error', (error) => errors.push(error));
    client.on('connection', ({ status }) => statuses.push(status));
    await client.start();
    expect(errors.map((e) => e.code)).toEqual(['ORIGIN_NOT_ALLOWED']);
    expect(statuses).not.toContain('http');
    expect(client.snapshot().ready).toBe(false);
  });

  it('reports an unknown site key once and stops', async () => {
    const client = testClient(t, { siteKey: 'pk_nope', url: proxy.url });
    clients.push(client);
    const errors: ErrorBody[] = [];
    client.on('error', (error) => errors.push(error));
    await client.start();
    expect(errors.map((e) => e.code)).toEqual(['UNKNOWN_SITE']);
    expect(client.snapshot().status).toBe('idle');
  });
});
