// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatMessage } from '../../protocol/index.js';
import { createClientWith } from '../create-client.js';
import type { CathyClient } from '../types.js';
import { FAST_TIMING, waitFor } from './support/client-harness.js';
import { startFallbackServer, type FallbackServer } from './support/fallback-server.js';
import { AGENT_MESSAGE } from './support/takeover-events.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function httpClient(): Promise<{ server: FallbackServer; client: CathyClient }> {
  const server = await startFallbackServer();
  cleanups.push(() => server.close());
  const client = createClientWith(
    { siteKey: 'pk_test', serverUrl: server.url, persistence: 'memory', transports: ['http'], page: { url: 'https://dealer.example/' } },
    { window: null, timing: FAST_TIMING },
  );
  cleanups.push(() => client.destroy());
  await client.start();
  await vi.waitFor(() => expect(server.streams()).toBe(1));
  return { server, client };
}

describe('a takeover over the HTTP fallback', () => {
  it("shows the person, their typing and their message from the events stream, and Cathy again when they leave", async () => {
    const { server, client } = await httpClient();
    server.push('agent:joined', { name: 'Dana', dealer: 'Test Motors', at: '2026-12-07T01:00:00.000Z' });
    await waitFor(client, (s) => s.agent?.name === 'Dana', 'the person');
    server.push('typing', { on: true, role: 'agent' });
    await waitFor(client, (s) => s.typingRole === 'agent', "the person's typing");
    server.push('message:done', { message: AGENT_MESSAGE });
    await waitFor(client, (s) => s.messages.some((m) => m.id === AGENT_MESSAGE.id), "the person's message");
    server.push('agent:left', { name: 'Dana', at: '2026-12-07T01:05:00.000Z' });
    await waitFor(client, (s) => !s.agent && !s.typing, 'Cathy back');
  });

  it('fills the gap with what was said while its events stream was cut, once the stream is back', async () => {
    const { server, client } = await httpClient();
    const sent = client.send('Can I come by at 5?');
    const mine = await waitFor(client, (s) => s.pending.length === 0 && s.messages.length === 1, 'the message confirmed');
    expect(mine.messages[0]?.clientId).toBe(sent.clientId);
    expect(client.snapshot().status).toBe('http');

    server.cut();
    const missed: ChatMessage = { ...AGENT_MESSAGE, id: 'a2', text: 'Sure, see you at 5!', replyTo: undefined };
    server.store(missed);
    const filled = await waitFor(client, (s) => s.messages.some((m) => m.id === 'a2'), 'the message said while the stream was cut');
    expect(filled.messages.map((m) => m.id)).toEqual(['v1', 'a2']);
    expect(filled.status).toBe('http');
    expect(server.seen.filter((r) => r.path.endsWith('/messages')).map((r) => `${r.method} ${r.prefer ?? ''}`)).toEqual([
      'POST return=minimal',
      'GET ',
    ]);
  });
});
