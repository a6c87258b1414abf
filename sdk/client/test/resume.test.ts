// @vitest-environment happy-dom
// @vitest-environment-options {"url": "http://localhost:5173/inventory"}
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVisitorTokens } from '../../../server/security/visitor-token.js';
import { useTestSite } from '../../../server/test/support/test-server.js';
import type { CathyClient } from '../types.js';
import { settled, testClient, waitFor } from './support/client-harness.js';
import { startProxy } from './support/switchable-proxy.js';

const SECRET = 'test-secret-for-visitor-tokens-0123456789';
const DAY = 86_400_000;

/** A token as the server issued it `daysAgo` days ago (tokens last 30 days by default). */
function tokenIssued(daysAgo: number, siteId: string, visitorId: string): string {
  return createVisitorTokens(SECRET, { ttlMs: 30 * DAY, now: () => new Date(Date.now() - daysAgo * DAY) }).issue(siteId, visitorId);
}

describe('resuming after a reload', () => {
  const t = useTestSite({ CATHY_SECRET: SECRET });
  const stored = () => JSON.parse(localStorage.getItem(`cathy:${t.site.site.publicKey}`)!) as { visitorId: string; visitorToken: string };
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

  it('resumes a returning visitor whose token is near its expiry and stores the renewed token', async () => {
    const first = track(testClient(t));
    await first.start();
    const before = first.snapshot();
    first.destroy();
    const old = tokenIssued(25, t.site.site.id, before.visitorId!);
    localStorage.setItem(`cathy:${t.site.site.publicKey}`, JSON.stringify({ ...stored(), visitorToken: old }));

    const second = track(testClient(t));
    await second.start();
    expect(second.snapshot()).toMatchObject({ visitorId: before.visitorId, conversationId: before.conversationId });
    const renewed = stored().visitorToken;
    expect(renewed).not.toBe(old);
    expect(parseInt(renewed.split('.')[2]!, 36) * 1000).toBeGreaterThan(Date.now() + 29 * DAY);
  });

  it('starts a fresh session cleanly when the stored token has expired', async () => {
    const first = track(testClient(t));
    await first.start();
    const before = first.snapshot();
    first.destroy();
    localStorage.setItem(`cathy:${t.site.site.publicKey}`, JSON.stringify({ ...stored(), visitorToken: tokenIssued(31, t.site.site.id, before.visitorId!) }));

    const errors: unknown[] = [];
    const second = track(testClient(t));
    second.on('error', (error) => errors.push(error));
    await second.start();
    await waitFor(second, (s) => s.ready, 'a fresh session');
    expect(second.snapshot().visitorId).not.toBe(before.visitorId);
    expect(second.snapshot().conversationId).not.toBe(before.conversationId);
    expect(stored().visitorId).toBe(second.snapshot().visitorId);
    expect(errors).toEqual([]);
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
