import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchChromium } from '../../../bench/support/chromium.js';
import { freePort } from '../../../bench/support/processes.js';
import { startExample, type RunningExample } from '../scripts/start-example.js';

describe.skipIf(!browserAvailable())('the SDK example app in Chromium', () => {
  let example: RunningExample;
  let browser: Browser;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'cathy-sdk-app-'));
    // What `npm run example:sdk-app` runs: builds, the site CLI, a Cathy child process and the example backend.
    example = await startExample({ port: 0, cathy: { kind: 'start', port: await freePort(), dataDir } });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await example?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  // A fresh context per test: its own storage, so each page is a new visitor.
  async function open(url: string): Promise<Page> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    return page;
  }

  it('shows the persona and accent, verifies the signed-in user, and pushes the lead to the dataLayer', async () => {
    const page = await open(example.appUrl);
    await page.locator('#identity[data-verified="true"]').waitFor();
    expect(await page.locator('#identity').textContent()).toContain('Ana García (crm-1001): Cathy verified the userHash');

    // Playwright's CSS selectors pierce the widget's open shadow root.
    const launcher = page.locator('cathy-chat button.launcher');
    expect(await launcher.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(15, 118, 110)');
    await page.locator('#open-chat').click();
    expect(await page.locator('cathy-chat .cathy-title').textContent()).toBe('Rosa');
    expect(await page.locator('cathy-chat img.cathy-avatar').getAttribute('src')).toMatch(/\/rosa\.svg$/);
    // The site was created with the same persona name, so the server's stored greeting agrees with the header.
    expect(await page.locator('cathy-chat .cathy-row[data-role="assistant"]').first().textContent()).toContain("I'm Rosa");

    const input = page.locator('cathy-chat .cathy-input');
    const replies = page.locator('cathy-chat .cathy-row[data-role="assistant"]');
    const before = await replies.count();
    // A number given before the consent disclosure was shown: Cathy shows it and asks to confirm.
    await input.fill("Hi, I'm after a used SUV. My number is 305-201-4477");
    await input.press('Enter');
    await page.locator('cathy-chat .cathy-disclosure').waitFor();
    expect(await replies.count()).toBeGreaterThan(before);
    await input.fill('yes');
    await input.press('Enter');

    await page.locator('#data-layer li').first().waitFor();
    const dataLayer = await page.evaluate(() => (window as Window & { dataLayer?: unknown[] }).dataLayer);
    expect(dataLayer?.[0]).toMatchObject({ event: 'cathy_lead', leadId: expect.any(String), hasPhone: true });
    expect(JSON.stringify(dataLayer)).not.toContain('4477');
    await page.context().close();
  });

  it('draws its own UI with the headless client: connection state, a sent message and the streamed reply', async () => {
    const page = await open(example.headlessUrl);
    await page.locator('#status[data-status="online"]').waitFor();
    const final = page.locator('#log .message[data-role="assistant"]:not([data-state])');
    await final.first().waitFor();
    const before = await final.count();

    await page.locator('#text').fill('Do you have any trucks?');
    await page.locator('#text').press('Enter');
    await page.locator('#log .message[data-role="visitor"]:not([data-state])', { hasText: 'Do you have any trucks?' }).waitFor();
    await final.nth(before).waitFor();
    expect((await final.nth(before).textContent())?.length).toBeGreaterThan(10);
    expect(Number(await page.locator('#deltas').textContent())).toBeGreaterThan(0);
    expect(await page.locator('#error').isHidden()).toBe(true);
    await page.context().close();
  });
});
