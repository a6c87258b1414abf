import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchChromium } from '../../../bench/support/chromium.js';
import { ensureClientBuild, ROOT } from '../../../bench/support/client-build.js';
import { axeViolations, cspViolations, recordCspViolations } from './page-checks.js';
import { signInToConsole, startWorkspace, type Workspace } from '../../../bench/support/staff-console.js';
import { dealerPage, recordChat, talkUntilPhoneAsked } from '../../../examples/dealer-site/test/dealer-page.js';
import { startTestReceiver, type TestReceiver } from '../../../server/test/support/webhook-receiver.js';

/** Screenshots for a human to look at after CI; ignored by git. */
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'console');
const PHONE = { width: 390, height: 844 };
const LIVE_MS = 15_000;

let workspace: Workspace;
let receiver: TestReceiver;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function newPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context = await browser.newContext(options);
  contexts.push(context);
  const page = await context.newPage();
  // The console must run under its CSP without a single violation.
  await recordCspViolations(page);
  return page;
}

describe.skipIf(!browserAvailable())('the workspace in Chromium, beside a shopper on the demo site', () => {
  beforeAll(async () => {
    await ensureClientBuild();
    receiver = await startTestReceiver();
    [workspace, browser] = await Promise.all([
      startWorkspace({ env: { WEBHOOK_ALLOW_PRIVATE: '1' }, webhook: { url: receiver.url, secret: receiver.secret } }),
      launchChromium(),
    ]);
    await mkdir(ARTIFACTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await receiver?.close();
    await workspace?.server.destroy();
  });

  it('shows a shopper’s conversation appear and stream live, and moves its lead to contacted, which fires the webhook', async () => {
    const staff = await newPage({ viewport: { width: 1280, height: 800 } });
    await staff.goto(`${workspace.server.url}/console/`);
    await staff.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await axeViolations(staff), 'sign-in').toEqual([]);
    await signInToConsole(staff, workspace);

    const shopperContext = await browser.newContext();
    contexts.push(shopperContext);
    await recordChat(shopperContext);
    const shopperPage = await shopperContext.newPage();
    await shopperPage.goto(`${workspace.server.url}/demo/`);
    const shopper = dealerPage(shopperPage);
    await shopper.launcher.click();
    await shopper.say('Hello, what SUVs do you have in stock?');

    // The conversation appears in the inbox without a reload.
    const row = staff.locator('a[data-row]');
    await row.first().waitFor({ timeout: LIVE_MS });
    expect(await axeViolations(staff), 'inbox').toEqual([]);
    await row.first().click();
    await staff.getByRole('log').getByText('what SUVs do you have in stock?').waitFor();
    expect(await axeViolations(staff), 'conversation').toEqual([]);

    // Watch the transcript stream: a reply being written shows before it is stored.
    await staff.evaluate(() => {
      const seen = { streaming: 0 };
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() => {
        if (document.querySelector('.msg-streaming')) seen.streaming++;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const asked = await talkUntilPhoneAsked(shopper.say);
    await staff.getByRole('log').getByText(asked.text.slice(0, 30), { exact: false }).first().waitFor({ timeout: LIVE_MS });
    expect(await staff.evaluate(() => (window as unknown as { seen: { streaming: number } }).seen.streaming)).toBeGreaterThan(0);
    await shopper.say('Sure, call me at (305) 742-5519');
    await staff.getByRole('log').getByText('call me at (305) 742-5519').waitFor({ timeout: LIVE_MS });

    // The lead shows up on the open conversation; its stage goes to contacted.
    const lead = staff.getByRole('region', { name: /^Lead:/ });
    await lead.waitFor({ timeout: LIVE_MS });
    await lead.getByLabel('Stage').selectOption('contacted');
    await lead.getByRole('button', { name: 'Save' }).click();
    await lead.getByText('Saved.').waitFor();
    await receiver.waitForEvents(1, LIVE_MS);
    await expect
      .poll(() => [...receiver.events.values()].filter((e) => e.type === 'lead.status_changed').length, { timeout: LIVE_MS })
      .toBeGreaterThan(0);
    const changed = [...receiver.events.values()].find((e) => e.type === 'lead.status_changed');
    expect(JSON.stringify(changed?.data)).toContain('contacted');

    // The pipeline shows it under Contacted, and the CSV export link downloads it.
    await staff.getByRole('link', { name: 'Leads' }).click();
    await staff.getByRole('region', { name: /^Contacted/ }).getByRole('link', { name: 'Open conversation' }).waitFor();
    const href = await staff.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    const csv = await staff.evaluate(async (url) => {
      const res = await fetch(url!, { credentials: 'same-origin' });
      return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
    }, href);
    expect(csv).toMatchObject({ status: 200, type: expect.stringContaining('text/csv') });
    expect(csv.text).toContain('742-5519');
    expect(await cspViolations(staff)).toEqual([]);
  });

  it('fits a phone: 390×844 screenshots of the inbox and a conversation, one pane at a time', async () => {
    const phone = await newPage({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await signInToConsole(phone, workspace);
    const row = phone.locator('a[data-row]').first();
    await row.waitFor();
    await phone.screenshot({ path: path.join(ARTIFACTS, 'inbox-390x844.png') });
    await row.click();
    await phone.getByRole('link', { name: 'Back to inbox' }).waitFor();
    expect(await phone.locator('.inbox').isVisible()).toBe(false);
    await phone.getByRole('log').waitFor();
    await phone.screenshot({ path: path.join(ARTIFACTS, 'conversation-390x844.png') });
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    expect(await cspViolations(phone)).toEqual([]);
  });
});
