// @vitest-environment happy-dom
// @vitest-environment-options {"url": "http://localhost:5173/inventory"}
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually } from '../../../server/test/support/lead.js';
import { useTestSite } from '../../../server/test/support/test-server.js';
import type { CathyClient } from '../types.js';
import { testClient } from './support/client-harness.js';
import { startProxy } from './support/switchable-proxy.js';

describe('page views of a single-page app', () => {
  const t = useTestSite();
  const clients: CathyClient[] = [];
  beforeEach(() => {
    localStorage.clear();
    history.replaceState(null, '', '/inventory');
    document.title = 'Inventory | Test Motors';
  });
  afterEach(() => clients.splice(0).forEach((client) => client.destroy()));

  const pagesOf = async (client: CathyClient, count: number) => {
    const visitor = await eventually(() => t.server.store.visitors.byId(client.snapshot().visitorId!), (v) => (v?.pages.length ?? 0) >= count);
    return visitor!.pages.map(({ url, title }) => ({ url, title }));
  };

  /** As a router does it: the URL, then the title, then the visitor reads for a while. */
  const navigate = async (path: string, title: string) => {
    history.pushState({}, '', path);
    document.title = title;
    await new Promise((resolve) => setTimeout(resolve, 10));
  };

  it('reports the landing page, then each pushState and popstate, once per URL', async () => {
    const originalPush = history.pushState;
    const client = testClient(t);
    clients.push(client);
    await client.start();
    await navigate('/finance', 'Financing | Test Motors');
    history.replaceState({ scroll: 10 }, '', '/finance');
    await navigate('/inventory/2019-honda-cr-v', '2019 Honda CR-V | Test Motors');
    history.back();
    expect(await pagesOf(client, 4)).toEqual([
      { url: 'http://localhost:5173/inventory', title: 'Inventory | Test Motors' },
      { url: 'http://localhost:5173/finance', title: 'Financing | Test Motors' },
      { url: 'http://localhost:5173/inventory/2019-honda-cr-v', title: '2019 Honda CR-V | Test Motors' },
      { url: 'http://localhost:5173/finance', title: expect.any(String) },
    ]);
    client.destroy();
    expect(history.pushState).toBe(originalPush);
  });

  it('reports SPA page views and identifies the visitor over the HTTP fallback too', async () => {
    const proxy = await startProxy(t.server.url, 'block-socket');
    try {
      const client = testClient(t, { url: proxy.url });
      clients.push(client);
      const statuses: string[] = [];
      client.on('connection', ({ status }) => statuses.push(status));
      await client.start();
      expect(client.snapshot().status).toBe('http');
      await expect(client.identify({ name: 'Maria Lopez' })).resolves.toEqual({ verified: false });
      await navigate('/trade-in', 'Value your trade | Test Motors');
      expect(await pagesOf(client, 2)).toEqual([
        { url: 'http://localhost:5173/inventory', title: 'Inventory | Test Motors' },
        { url: 'http://localhost:5173/trade-in', title: 'Value your trade | Test Motors' },
      ]);
      // Reported on the fallback itself, not by a reconnect's new session.
      expect(statuses).toEqual(['connecting', 'http']);
    } finally {
      await proxy.close();
    }
  });

  it('keeps page views before the first session and sends them, oldest first, with session:start', async () => {
    const earlier = testClient(t);
    earlier.pageView();
    earlier.destroy();
    await navigate('/finance', 'Financing | Test Motors');
    const client = testClient(t);
    clients.push(client);
    client.pageView();
    await client.start();
    expect(await pagesOf(client, 2)).toEqual([
      { url: 'http://localhost:5173/inventory', title: 'Inventory | Test Motors' },
      { url: 'http://localhost:5173/finance', title: 'Financing | Test Motors' },
    ]);
    // Sent once: the next page load's session does not repeat them.
    expect(localStorage.getItem(`cathy:${t.site.site.publicKey}:pages`)).toBeNull();
  });

  it('connects when the chat opens or the visitor is identified, not before', async () => {
    const opened = testClient(t);
    const identified = testClient(t, { persistence: 'memory' });
    clients.push(opened, identified);
    expect([opened.snapshot().status, identified.snapshot().status]).toEqual(['idle', 'idle']);
    opened.open();
    const identifying = identified.identify({ name: 'Maria Lopez' });
    await expect(identifying).resolves.toEqual({ verified: false });
    expect(opened.snapshot().status).not.toBe('idle');
  });
});
