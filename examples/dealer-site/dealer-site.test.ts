import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchChromium } from '../../bench/support/chromium.js';
import { ensureClientBuild, ROOT } from '../../bench/support/client-build.js';
import type { Lead } from '../../sdk/protocol/index.js';
import { teamHours } from '../../server/sites/team-hours.js';
import { eventually } from '../../server/test/support/lead.js';
import { startTestServer, type TestServer } from '../../server/test/support/test-server.js';
import { dealerPage, recordChat, talkUntilPhoneAsked } from './test/dealer-page.js';

/** Screenshots for a human to look at after CI; ignored by git. */
const ARTIFACTS = path.join(ROOT, 'test-artifacts');

let server: TestServer;
let browser: Browser;
let context: BrowserContext;

async function newContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  context = await browser.newContext(options);
  await recordChat(context);
  return context;
}

async function api<T>(pathname: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${server.url}${pathname}`, { headers: { authorization: `Bearer ${server.demoSecretKey}` } });
  return { status: res.status, body: (await res.json()) as T };
}

describe.skipIf(!browserAvailable())('the dealer site in Chromium', () => {
  beforeAll(async () => {
    await ensureClientBuild();
    [server, browser] = await Promise.all([startTestServer({ RATE_LIMIT_MESSAGES_PER_MINUTE: '1000' }), launchChromium()]);
    await mkdir(ARTIFACTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  afterEach(async () => {
    await context?.close();
  });

  it('takes a shopper from the launcher to a lead the dealer receives, across pages and a reload', async () => {
    const page = await (await newContext()).newPage();
    await page.goto(`${server.url}/demo/`);
    const chat = dealerPage(page);
    await chat.launcher.waitFor({ state: 'visible' });

    await chat.launcher.click();
    await chat.dialog.waitFor({ state: 'visible' });
    const first = await chat.say('Hi, do you have any SUVs under $25k?');
    expect(first.text.length).toBeGreaterThan(10);
    // The reply reached the page as streamed pieces before it was stored.
    expect(await page.evaluate(() => window.cathyTestLog.deltas)).toBeGreaterThan(0);

    await talkUntilPhoneAsked(chat.say);
    const confirmation = await chat.say('Sure, call me at (305) 742-5519');
    // The page's own `Cathy('on', 'lead', …)` hook (assets/site.js) pushed to its dataLayer and thanked the visitor.
    const banner = page.locator('#lead-banner');
    await banner.waitFor({ state: 'visible' });
    // …with the callback time the lead event carries, the one Cathy just promised, not "shortly" after hours.
    const team = teamHours((await server.store.sites.byPublicKey('pk_demo'))!, new Date(), 'en');
    if (team.opens) {
      expect(confirmation.text).toContain(team.opens);
      expect(await banner.textContent()).toContain(`will call you ${team.opens}`);
    } else expect(await banner.textContent()).toContain(team.open ? 'shortly' : 'as soon as our team is back');
    const leadId = await banner.getAttribute('data-lead-id');
    expect(leadId).toBeTruthy();
    expect(await page.evaluate(() => window.dataLayer)).toContainEqual({ event: 'cathy_lead', leadId });

    const { status, body } = await api<{ lead: Lead }>(`/v1/leads/${leadId}`);
    expect(status).toBe(200);
    expect(body.lead.contact.phone).toBe('+13057425519');
    expect(body.lead.source.page?.url).toBe(`${server.url}/demo/`);
    const mailDir = path.join(server.dataDir, 'outbox-mail');
    const files = await eventually(() => readdir(mailDir).catch(() => [] as string[]), (names) => names.some((n) => n.endsWith('.eml')));
    const emails = await Promise.all(files.filter((n) => n.endsWith('.eml')).map(async (n) => simpleParser(await readFile(path.join(mailDir, n)))));
    const toSales = emails.find((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text === 'sales@demo-dealer.example');
    expect(toSales?.subject).toMatch(/^Call now: /);
    expect(toSales?.text).toContain('742-5519');

    const history = await chat.rows.count();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Financing' }).click();
    await page.waitForURL(`${server.url}/demo/finance`);
    await chat.dialog.waitFor({ state: 'visible' });
    await chat.rows.filter({ hasText: 'call me at (305) 742-5519' }).waitFor();
    expect(await chat.rows.count()).toBe(history);

    await page.reload();
    await chat.dialog.waitFor({ state: 'visible' });
    await chat.rows.filter({ hasText: 'do you have any SUVs under $25k?' }).waitFor();
    expect(await chat.rows.count()).toBe(history);
    expect(await page.evaluate(() => window.cathyTestLog.cspViolations)).toEqual([]);
  }, 60_000);

  it('carries the same conversation over the HTTP fallback when WebSocket and long-polling are blocked', async () => {
    const ctx = await newContext();
    let page = await ctx.newPage();
    await page.goto(`${server.url}/demo/`);
    let chat = dealerPage(page);
    await chat.launcher.click();
    await chat.say('Do you have any trucks?');
    const conversationId = await page.evaluate(() => window.cathyTestLog.messages[0]?.conversationId);
    expect(conversationId).toBeTruthy();
    await page.close();

    let blockedSocketAttempts = 0;
    await ctx.routeWebSocket(/\/socket\.io\//, (ws) => {
      blockedSocketAttempts++;
      ws.close({ code: 1011, reason: 'blocked by the test' });
    });
    await ctx.route(/\/socket\.io\//, (route) => {
      blockedSocketAttempts++;
      return route.abort('blockedbyclient');
    });
    const fallbackCalls: string[] = [];
    ctx.on('request', (request) => {
      if (/\/v1\/(sessions|conversations\/)/.test(request.url())) fallbackCalls.push(`${request.method()} ${new URL(request.url()).pathname}`);
    });

    page = await ctx.newPage();
    await page.goto(`${server.url}/demo/finance`);
    chat = dealerPage(page);
    await chat.dialog.waitFor({ state: 'visible' });
    await chat.rows.filter({ hasText: 'Do you have any trucks?' }).waitFor();
    const reply = await chat.say('What about financing for a first-time buyer?');
    expect(reply.conversationId).toBe(conversationId);
    expect(blockedSocketAttempts).toBeGreaterThan(0);
    expect(fallbackCalls).toContain(`POST /v1/conversations/${conversationId}/messages`);

    const { body } = await api<{ conversation: { messages: Array<{ text: string }> } }>(`/v1/conversations/${conversationId}`);
    const texts = body.conversation.messages.map((m) => m.text);
    expect(texts).toContain('Do you have any trucks?');
    expect(texts).toContain('What about financing for a first-time buyer?');
    expect(texts).toContain(reply.text);
  });

  for (const viewport of [{ width: 1366, height: 800 }, { width: 390, height: 844 }]) {
    it(`shows the consent disclosure right above the input, in view, when the number is sent at ${viewport.width}×${viewport.height}`, async () => {
      const phone = viewport.width < 600;
      const page = await (await newContext({ viewport, ...(phone ? { isMobile: true, hasTouch: true } : {}) })).newPage();
      await page.goto(`${server.url}/demo/`);
      const chat = dealerPage(page);
      await chat.launcher.click();
      await chat.dialog.waitFor({ state: 'visible' });
      const ask = await talkUntilPhoneAsked(chat.say);
      await chat.input.fill('Sure, it is (305) 742-6620');
      const disclosure = chat.dialog.locator('.cathy-disclosure');
      // Read at the moment of sending: on screen (the visual viewport), whole, and directly above the input.
      const seen = await page.evaluate(() => ({ top: visualViewport!.offsetTop, height: visualViewport!.height }));
      const [box, inputBox] = await Promise.all([disclosure.boundingBox(), chat.input.boundingBox()]);
      expect(await disclosure.textContent()).toBe(ask.disclosure);
      expect(box!.y).toBeGreaterThanOrEqual(seen.top);
      expect(box!.y + box!.height).toBeLessThanOrEqual(seen.top + seen.height);
      expect(inputBox!.y - (box!.y + box!.height)).toBeLessThan(24);
      const captured = page.waitForFunction(() => document.querySelector('#lead-banner:not([hidden])')?.getAttribute('data-lead-id'));
      await chat.input.press('Enter');
      const leadId = await (await captured).jsonValue();
      const { body } = await api<{ lead: Lead }>(`/v1/leads/${leadId}`);
      expect(body.lead.consent).toMatchObject({ level: 'express_written', text: ask.disclosure });
      await page.screenshot({ path: path.join(ARTIFACTS, `disclosure-${viewport.width}x${viewport.height}.png`) });
    }, 60_000);
  }

  it('opens full screen on a 390×844 phone', async () => {
    const page = await (await newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })).newPage();
    await page.goto(`${server.url}/demo/`);
    const chat = dealerPage(page);
    await chat.launcher.tap();
    await chat.dialog.waitFor({ state: 'visible' });
    await chat.say('Hola, busco una camioneta');
    await chat.dialog.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
    // It covers what the visitor sees: the visual viewport, which a phone may scroll within the layout viewport.
    const box = await chat.dialog.boundingBox();
    const seen = await page.evaluate(() => ({ x: visualViewport!.offsetLeft, y: visualViewport!.offsetTop, width: visualViewport!.width, height: visualViewport!.height }));
    expect(seen.width).toBe(390);
    expect(seen.height).toBe(844);
    for (const key of ['x', 'y', 'width', 'height'] as const) expect(box?.[key]).toBeCloseTo(seen[key], 1);
    // The launcher it covers is out of the way and out of the Tab order.
    expect(await chat.launcher.isVisible()).toBe(false);
    await page.screenshot({ path: path.join(ARTIFACTS, 'dealer-site-mobile-390x844.png') });
  });

  it('works with the keyboard alone: open, type, send, close', async () => {
    const page = await (await newContext()).newPage();
    await page.goto(`${server.url}/demo/`);
    const chat = dealerPage(page);
    await chat.launcher.waitFor({ state: 'visible' });
    const launcherFocused = () => chat.launcher.evaluate((button) => button.getRootNode() instanceof ShadowRoot && (button.getRootNode() as ShadowRoot).activeElement === button);
    let presses = 0;
    while (!(await launcherFocused())) {
      if (++presses > 40) throw new Error('Tab never reached the launcher');
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await chat.dialog.waitFor({ state: 'visible' });
    await expect.poll(() => chat.input.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    await page.keyboard.type('Can I trade in my 2015 Civic?');
    await page.keyboard.press('Enter');
    await chat.rows.filter({ hasText: 'Can I trade in my 2015 Civic?' }).waitFor();
    await page.waitForFunction(() => window.cathyTestLog.messages.some((m) => m.role !== 'visitor'));
    await page.keyboard.press('Escape');
    await chat.dialog.waitFor({ state: 'hidden' });
    expect(await launcherFocused()).toBe(true);
  });

  it('tells the dealer in the console when the site key is wrong, instead of connecting for ever', async () => {
    const ctx = await newContext();
    await ctx.route('**/demo/', async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, body: (await res.text()).replace('data-site="pk_demo"', 'data-site="pk_wrong_key"') });
    });
    const page = await ctx.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => warnings.push(message.text()));
    await page.goto(`${server.url}/demo/`);
    await dealerPage(page).launcher.click();
    await expect.poll(() => warnings.filter((w) => w.startsWith('[Cathy] The chat cannot connect:'))).toEqual([
      '[Cathy] The chat cannot connect: Unknown site key "pk_wrong_key". Check data-site / siteKey.',
    ]);
  });

  it('honours a Cathy(\'destroy\') queued before the chat loaded: no chat, no connection, no error', async () => {
    const ctx = await newContext();
    await ctx.addInitScript(() => (window as unknown as { Cathy: (...args: unknown[]) => void }).Cathy('destroy'));
    const page = await ctx.newPage();
    const problems: string[] = [];
    const connections: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('websocket', (ws) => connections.push(ws.url()));
    page.on('request', (request) => request.url().includes('/v1/') && connections.push(request.url()));
    const chunk = page.waitForRequest(/widget-chat\.[\w-]+\.js$/);
    await page.goto(`${server.url}/demo/`);
    // The chunk may already be loading while the browser is idle, and then the launcher is gone before a hover.
    await dealerPage(page).launcher.hover({ timeout: 2_000 }).catch(() => undefined);
    await chunk;
    await expect.poll(() => page.evaluate(() => document.querySelector('cathy-chat') !== null)).toBe(false);
    // The chunk ran to its end synchronously once the host was gone; what it queued before the replayed destroy
    // (Preact's effects after a frame, the client's zero-delay timers) has run once the page paints a frame and
    // then runs a task. A connection or an error would have been reported by then.
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    expect(problems).toEqual([]);
    expect(connections).toEqual([]);
  });

  it('has no serious or critical axe violation with the chat open, in light and dark mode', async () => {
    const axeSource = await readFile(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await (await newContext({ colorScheme })).newPage();
      await page.goto(`${server.url}/demo/`);
      const chat = dealerPage(page);
      await chat.launcher.click();
      await chat.say('Can you help me with financing? My credit is not great.');
      // Through the DevTools protocol, so the page's strict CSP (rightly) has no say.
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
        const result = await axe.run({ include: [['cathy-chat']] }, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target) }));
      });
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), colorScheme).toEqual([]);
      await context.close();
    }
  });
});
