// @vitest-environment happy-dom
// @vitest-environment-options {"url": "http://localhost:5173/inventory"}
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTestSite } from '../../../server/test/support/test-server.js';
import { NAMESPACE, type PostMessageResult } from '../../protocol/index.js';
import type { CathyClient, ConnectionStatus } from '../types.js';
import { settled, testClient, waitFor } from './support/client-harness.js';

describe('re-syncing when the tab or the network comes back', () => {
  const t = useTestSite();
  const clients: CathyClient[] = [];
  beforeEach(() => localStorage.clear());
  afterEach(() => clients.splice(0).forEach((client) => client.destroy()));

  it('fetches what it missed when the tab becomes visible, in store order and without duplicates', async () => {
    const client = testClient(t);
    clients.push(client);
    await client.start();
    client.send('Hi there');
    await settled(client, 1);

    // Another tab of the same visitor talks over HTTP: this socket hears Cathy's reply, not the visitor's line.
    const { visitorToken } = JSON.parse(localStorage.getItem(`cathy:${t.site.site.publicKey}`)!) as { visitorToken: string };
    const res = await fetch(`${t.server.url}/v1/conversations/${client.snapshot().conversationId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${visitorToken}` },
      body: JSON.stringify({ clientId: randomUUID(), text: 'I am looking for a minivan' }),
    });
    const other = (await res.json()) as PostMessageResult;
    await waitFor(client, (s) => s.messages.some((m) => m.id === other.reply?.id), "the other tab's reply");
    expect(client.snapshot().messages.some((m) => m.id === other.message.id)).toBe(false);

    document.dispatchEvent(new Event('visibilitychange'));
    const synced = await waitFor(client, (s) => s.messages.some((m) => m.id === other.message.id), 'the missed message');
    const stored = await t.server.store.messages.after(synced.conversationId!, undefined, 100);
    expect(synced.messages.map((m) => m.id)).toEqual(stored.map((m) => m.id));
  });

  it('shows offline when the browser says so and reconnects when it is back online', async () => {
    const client = testClient(t);
    clients.push(client);
    await client.start();
    const statuses: ConnectionStatus[] = [];
    client.on('connection', ({ status }) => statuses.push(status));
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const [socket] = t.server.app.io.of(NAMESPACE).sockets.values();
    const dropped = new Promise((resolve) => socket!.once('disconnect', resolve));
    window.dispatchEvent(new Event('offline'));
    expect(client.snapshot().status).toBe('offline');
    // socket.io-client drops its socket on `offline` itself: once the server has seen it go, the client still says
    // offline, not reconnecting.
    await dropped;
    expect(client.snapshot().status).toBe('offline');
    expect(statuses).toEqual(['offline']);
    onLine.mockRestore();
    window.dispatchEvent(new Event('online'));
    await waitFor(client, (s) => s.status === 'online', 'online again');
    expect(statuses[0]).toBe('offline');
    expect(statuses.at(-1)).toBe('online');
  });
});
