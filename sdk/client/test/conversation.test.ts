// @vitest-environment happy-dom
// @vitest-environment-options {"url": "http://localhost:5173/inventory/2019-honda-cr-v?utm_source=google&utm_campaign=suv-spring"}
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTestSite } from '../../../server/test/support/test-server.js';
import type { ClientEvents, CathyClient } from '../types.js';
import { settled, testClient } from './support/client-harness.js';

describe('a conversation through the headless client', () => {
  const t = useTestSite();
  const clients: CathyClient[] = [];
  beforeEach(() => localStorage.clear());
  afterEach(() => clients.splice(0).forEach((client) => client.destroy()));

  it('connects over the socket, streams Cathy\'s reply and fires typed events', async () => {
    const client = testClient(t);
    clients.push(client);
    const seen: Array<keyof ClientEvents> = [];
    for (const name of ['ready', 'message', 'delta', 'typing', 'connection'] as const) client.on(name, () => seen.push(name));
    await client.start();
    expect(client.snapshot()).toMatchObject({ status: 'online', ready: true });
    expect(client.snapshot().messages[0]?.role).toBe('assistant');

    const pending = client.send('  Hi! Do you have a used SUV?  ');
    expect(pending).toMatchObject({ text: 'Hi! Do you have a used SUV?', status: 'queued' });
    const done = await settled(client, 1);
    const visitor = done.messages.find((m) => m.role === 'visitor');
    expect(visitor?.clientId).toBe(pending.clientId);
    expect(done.messages.at(-1)?.replyTo).toBe(visitor?.id);
    expect(seen).toEqual(expect.arrayContaining(['connection', 'ready', 'message', 'delta', 'typing']));

    const stored = await t.server.store.conversations.byId(done.conversationId!);
    expect(stored?.source?.utm).toEqual({ source: 'google', campaign: 'suv-spring' });
  });

  it('rejects an identify() still waiting for a session when the client is destroyed', async () => {
    const client = testClient(t, { url: 'http://127.0.0.1:9' });
    const identified = client.identify({ name: 'Ana' });
    client.destroy();
    await expect(identified).rejects.toThrow('[Cathy] Failed to identify the visitor: the client was destroyed first.');
  });
});
