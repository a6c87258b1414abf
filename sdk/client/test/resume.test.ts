// @vitest-environment happy-dom
// @vitest-environment-options {"url": "http://localhost:5173/inventory"}
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTestSite } from '../../../server/test/support/test-server.js';
import type { CathyClient } from '../types.js';
import { settled, testClient, waitFor } from './support/client-harness.js';
import { startProxy } from './support/switchable-proxy.js';

describe('resuming after a reload', () => {
  const t = useTestSite();
  const clients: CathyClient[] = [];
  const track = (client: CathyClient) => (clients.push(client), client);
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => clients.splice(0).forEach((client) => client.destroy()));

  it('gives a new client on the same storage the same visitor, conversation, history and open state', async () => {
    const first = track(testClient(t));
    await first.start();
    first.open();
    first.send('Hi, I am looking for a minivan');
    const before = await settled(first, 1);
    first.destroy();

    const second = track(testClient(t));
    expect(second.snapshot().open).toBe(true);
    await second.start();
    const after = second.snapshot();
    expect(after.visitorId).toBe(before.visitorId);
    expect(after.conversationId).toBe(before.conversationId);
    expect(after.messages.map((m) => m.id)).toEqual(before.messages.map((m) => m.id));
  });

  it('opens for a new visitor when asked to, and keeps a visitor who closed the chat closed on the next page', async () => {
    const first = track(testClient(t, { open: true }));
    expect(first.snapshot().open).toBe(true);
    await first.start();
    first.close();
    first.destroy();

    const second = track(testClient(t, { open: true }));
    expect(second.snapshot().open).toBe(false);
  });

  it('keeps the visitor in a cookie when localStorage is unavailable', async () => {
    const blocked = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('blocked', 'SecurityError'); } });
    try {
      const first = track(testClient(t));
      await first.start();
      const { visitorId } = first.snapshot();
      first.destroy();
      expect(document.cookie).toContain(`cathy_${t.site.site.publicKey}`);
      const second = track(testClient(t));
      await second.start();
      expect(second.snapshot().visitorId).toBe(visitorId);
    } finally {
      Object.defineProperty(window, 'localStorage', blocked!);
      document.cookie = `cathy_${t.site.site.publicKey}=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/`;
    }
  });

  it('starts a fresh session when the stored token is refused', async () => {
    localStorage.setItem(`cathy:${t.site.site.publicKey}`, JSON.stringify({ visitorId: 'forged', visitorToken: 'v1.forged.sig' }));
    const client = track(testClient(t));
    await client.start();
    await waitFor(client, (s) => s.ready, 'a fresh session');
    expect(client.snapshot().visitorId).not.toBe('forged');
    expect(JSON.parse(localStorage.getItem(`cathy:${t.site.site.publicKey}`)!).visitorId).toBe(client.snapshot().visitorId);
  });

  it('sends text typed offline before a reload once the reloaded page connects', async () => {
    const proxy = await startProxy(t.server.url, 'down');
    try {
      const offline = track(testClient(t, { url: proxy.url }));
      await offline.start();
      const typed = offline.send('Are you open on Sunday?');
      expect(offline.snapshot().pending).toMatchObject([{ clientId: typed.clientId, status: 'queued' }]);
      offline.destroy();

      proxy.setMode('forward');
      const reloaded = track(testClient(t, { url: proxy.url }));
      expect(reloaded.snapshot().pending).toEqual([]);
      await reloaded.start();
      const done = await settled(reloaded, 1);
      expect(done.messages.find((m) => m.role === 'visitor')?.clientId).toBe(typed.clientId);
    } finally {
      await proxy.close();
    }
  });
});
