import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchChromium } from '../../bench/support/chromium.js';
import { ensureClientBuild } from '../../bench/support/client-build.js';
import { startTestServer, type TestServer } from '../../server/test/support/test-server.js';
import { dealerPage, recordChat } from './test/dealer-page.js';

/** Generous for a loaded CI machine; `npm run bench:widget` reports the real figure (tens of milliseconds). */
const GREETING_BUDGET_MS = 5_000;

let server: TestServer;
let browser: Browser;
let context: BrowserContext;

/** Every Socket.IO connection the page opens: WebSockets and long-polling handshakes, with when they started. */
function countSockets(page: Page): Array<{ url: string; at: number }> {
  const opened: Array<{ url: string; at: number }> = [];
  page.on('websocket', (ws) => opened.push({ url: ws.url(), at: Date.now() }));
  page.on('request', (request) => {
    if (/\/socket\.io\/.*transport=polling/.test(request.url()) && !/[?&]sid=/.test(request.url())) opened.push({ url: request.url(), at: Date.now() });
  });
  return opened;
}

/** The chat chunk has loaded (on idle) and decided whether to connect: it noted this page view for later. */
async function chatReadyOffline(page: Page, pages: number): Promise<void> {
  await page.waitForFunction(
    (count) => (JSON.parse(localStorage.getItem('cathy:pk_demo:pages') ?? '[]') as unknown[]).length === count,
    pages,
    { timeout: 15_000 },
  );
}

describe.skipIf(!browserAvailable())('a shopper who has not acted yet, in Chromium', () => {
  beforeAll(async () => {
    await ensureClientBuild();
    [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  afterEach(async () => {
    await context?.close();
  });

  it('opens no socket for page views without interaction, and greets soon after the first click', async () => {
    context = await browser.newContext();
    await recordChat(context);
    const page = await context.newPage();
    const sockets = countSockets(page);
    await page.goto(`${server.url}/demo/`);
    await chatReadyOffline(page, 1);
    await page.goto(`${server.url}/demo/finance`);
    await chatReadyOffline(page, 2);
    expect(sockets).toEqual([]);

    const chat = dealerPage(page);
    const clickedAt = Date.now();
    await chat.launcher.click();
    await chat.rows.filter({ hasText: 'an automated assistant for' }).first().waitFor({ timeout: GREETING_BUDGET_MS });
    expect(Date.now() - clickedAt).toBeLessThan(GREETING_BUDGET_MS);
    expect(sockets).toHaveLength(1);
    expect(sockets[0]!.at).toBeGreaterThanOrEqual(clickedAt);

    // Both page views reached the server with the first session:start, in order.
    const visitorId = await page.evaluate(() => (JSON.parse(localStorage.getItem('cathy:pk_demo') ?? '{}') as { visitorId?: string }).visitorId);
    const visitor = await server.store.visitors.byId(visitorId!);
    expect(visitor?.pages.map((p) => new URL(p.url).pathname)).toEqual(['/demo/', '/demo/finance']);
    expect(await page.evaluate(() => localStorage.getItem('cathy:pk_demo:pages'))).toBeNull();
  }, 60_000);

  it('reconnects at once on the next page for a visitor who has chatted, so replies still arrive', async () => {
    context = await browser.newContext();
    await recordChat(context);
    let page = await context.newPage();
    await page.goto(`${server.url}/demo/`);
    const chat = dealerPage(page);
    await chat.launcher.click();
    await chat.say('Do you have any trucks?');
    await chat.launcher.click();
    await chat.dialog.waitFor({ state: 'hidden' });
    await page.close();

    page = await context.newPage();
    const sockets = countSockets(page);
    await page.goto(`${server.url}/demo/finance`);
    await expect.poll(() => sockets.length, { timeout: 15_000 }).toBe(1);
  }, 60_000);

  it.each([
    ['en-US', 'Chats are recorded and shared with Sunrise Auto (demo).', 'an automated assistant for'],
    ['es-MX', 'Las conversaciones se graban y se comparten con Sunrise Auto (demo).', 'asistente virtual de'],
  ])('shows the recorded-chat notice before the first message and greets in the browser language (%s)', async (locale, notice, greeting) => {
    context = await browser.newContext({ locale });
    await recordChat(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/demo/`);
    const chat = dealerPage(page);
    await page.locator('cathy-chat button.launcher').click();
    await chat.rows.filter({ hasText: greeting }).first().waitFor();
    const log = chat.dialog.getByRole('log');
    await log.getByText(notice).waitFor();
    expect(await log.locator('.cathy-notice').allTextContents()).toEqual([locale === 'es-MX' ? 'Asistente automatizado' : 'Automated assistant', notice]);
    expect(await chat.rows.count()).toBe(1);
  }, 60_000);
});
