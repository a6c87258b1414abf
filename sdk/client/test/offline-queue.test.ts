// @vitest-environment happy-dom
// @vitest-environment-options {"url": "http://localhost:5173/inventory"}
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTestSite } from '../../../server/test/support/test-server.js';
import { createHttpTransport } from '../http-transport.js';
import { createSocketTransport } from '../socket-transport.js';
import { NO_CONNECTION, type TransportFactory } from '../transport.js';
import type { CathyClient } from '../types.js';
import { FAST_TIMING, settled, testClient, waitFor } from './support/client-harness.js';
import { startProxy, type SwitchableProxy } from './support/switchable-proxy.js';

describe('the send queue', () => {
  const t = useTestSite();
  let proxy: SwitchableProxy;
  const clients: CathyClient[] = [];
  beforeEach(async () => {
    localStorage.clear();
    sessionStorage.clear();
    proxy = await startProxy(t.server.url, 'down');
  });
  afterEach(async () => {
    clients.splice(0).forEach((client) => client.destroy());
    await proxy.close();
  });

  const storedFor = async (conversationId: string) => {
    const stored = await t.server.store.messages.after(conversationId, undefined, 100);
    return { visitor: stored.filter((m) => m.role === 'visitor'), replies: stored.filter((m) => m.role === 'assistant' && m.replyTo) };
  };

  it('shows text sent while the server is unreachable as pending and sends it once, in order, on connect', async () => {
    const client = testClient(t, { url: proxy.url });
    clients.push(client);
    await client.start();
    const first = client.send('Hi, is the red F-150 still available?');
    const second = client.send('And what about trade-ins?');
    expect(client.snapshot().pending.map((p) => [p.clientId, p.status])).toEqual([
      [first.clientId, 'queued'],
      [second.clientId, 'queued'],
    ]);

    proxy.setMode('forward');
    const done = await settled(client, 2);
    const { visitor, replies } = await storedFor(done.conversationId!);
    expect(visitor.map((m) => m.clientId)).toEqual([first.clientId, second.clientId]);
    expect(replies.map((m) => m.replyTo)).toEqual(visitor.map((m) => m.id));
    expect(done.messages.filter((m) => m.role === 'visitor').map((m) => m.clientId)).toEqual([first.clientId, second.clientId]);
  });

  it('does not duplicate a message whose ack was lost, resent on the same or a new connection', async () => {
    proxy.setMode('forward');
    let acksLost = 0;
    const createTransport: TransportFactory = (kind, hooks) => {
      const real =
        kind === 'socket'
          ? createSocketTransport({ serverUrl: proxy.url, connectTimeoutMs: 2000, ackTimeoutMs: 2000, socketOptions: { extraHeaders: { origin: location.origin } } }, hooks)
          : createHttpTransport({ serverUrl: proxy.url, timeoutMs: 5000, retry: { baseMs: 50, maxMs: 200 } }, hooks);
      return {
        ...real,
        kind: real.kind,
        // The server stores the message and acks, but the ack never reaches the page: once with the
        // socket still up (resent at once), once with the connection dropping (resent after reconnect).
        async send(payload) {
          const result = await real.send(payload);
          if (acksLost === 2) return result;
          acksLost += 1;
          if (acksLost === 2) proxy.setMode('down');
          return NO_CONNECTION;
        },
      };
    };
    const client = testClient(t, { url: proxy.url }, { createTransport, timing: FAST_TIMING });
    clients.push(client);
    await client.start();
    const sent = client.send('Can I get pre-approved online?');
    await waitFor(client, (s) => acksLost === 2 && s.status === 'reconnecting', 'two lost acks and a dropped connection');
    proxy.setMode('forward');
    const done = await settled(client, 1);
    const { visitor, replies } = await storedFor(done.conversationId!);
    expect(visitor.map((m) => m.clientId)).toEqual([sent.clientId]);
    expect(replies).toHaveLength(1);
    expect(done.messages.filter((m) => m.clientId === sent.clientId)).toHaveLength(1);
  });
});
