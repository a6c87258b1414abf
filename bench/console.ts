/**
 * `npm run bench:console`: what the sales workspace costs and how live it is, in headless Chromium against the real
 * server (in-process, embedded store, offline Cathy):
 *
 * - first inbox paint: navigation start → the frame that paints the first inbox row, for a signed-in salesperson
 *   opening /console/ in a fresh tab (cold cache: a new browser context each run);
 * - message → screen: a shopper's message sent over the visitor socket (`message:send`) → the frame in which the
 *   signed-in console shows it, in the inbox row and in the open conversation's transcript (one clock: both ends
 *   read the machine's epoch time with sub-millisecond precision).
 *
 *   npm run bench:console
 *   RUNS=100 npm run bench:console
 */
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext } from 'playwright-core';
import { connect, connected, type TestSocket } from '../server/test/support/test-server.js';
import { ok, request, say, startSession } from '../server/test/support/chat.js';
import type { MessageSendResult } from '../sdk/protocol/index.js';
import { launchChromium } from './support/chromium.js';
import { ensureClientBuild } from './support/client-build.js';
import { DEFINE_SEEN_AT, seenAt } from './support/seen-at.js';
import { signInToConsole, startWorkspace } from './support/staff-console.js';
import { ms, summary } from './support/stats.js';

const RUNS = Number(process.env.RUNS ?? 30);
const PAINTS = Number(process.env.PAINTS ?? 10);

/** Records, in the page, the frame that first paints an inbox row. A string: tsx would wrap a function. */
const WATCH_FIRST_ROW = `
  new MutationObserver(function (_, observer) {
    if (window.benchFirstRow !== undefined || !document.querySelector('a[data-row]')) return;
    observer.disconnect();
    requestAnimationFrame(function () { window.benchFirstRow = performance.now(); });
  }).observe(document, { subtree: true, childList: true });
`;

async function firstPaint(browser: Browser, base: string, cookies: Awaited<ReturnType<BrowserContext['cookies']>>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < PAINTS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addCookies(cookies);
    await context.addInitScript(WATCH_FIRST_ROW);
    const page = await context.newPage();
    await page.goto(`${base}/console/`);
    await page.waitForFunction(() => (window as unknown as { benchFirstRow?: number }).benchFirstRow !== undefined);
    samples.push(await page.evaluate(() => (window as unknown as { benchFirstRow: number }).benchFirstRow));
    await context.close();
  }
  return samples;
}

async function visitor(base: string): Promise<{ socket: TestSocket; conversationId: string }> {
  const socket = connect(base, { siteKey: 'pk_demo' }, base);
  await connected(socket);
  const session = await startSession(socket, { page: { url: `${base}/demo/`, title: 'Demo' } });
  return { socket, conversationId: session.conversationId };
}

await ensureClientBuild();
const workspace = await startWorkspace();
const browser = await launchChromium();
try {
  const base = workspace.server.url;
  const shopper = await visitor(base);
  await ok(request<MessageSendResult>(shopper.socket, 'message:send', { clientId: randomUUID(), text: 'Hi, I am looking at SUVs' }));

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signInToConsole(page, workspace, `/console/conversations/${shopper.conversationId}`);
  await page.getByRole('log').waitFor();
  await page.evaluate(DEFINE_SEEN_AT);
  const paints = await firstPaint(browser, base, await context.cookies());

  const toRow: number[] = [];
  const toTranscript: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const marker = `bench-${i}-${randomUUID().slice(0, 8)}`;
    const row = seenAt(page, 'a[data-row]', marker);
    const transcript = seenAt(page, '[role="log"]', marker);
    // Let the page's observers start before the clock does.
    await page.evaluate(() => 0);
    const sentAt = performance.timeOrigin + performance.now();
    const said = say(shopper.socket, `Do you have one in blue? ${marker}`);
    toRow.push((await row) - sentAt);
    toTranscript.push((await transcript) - sentAt);
    // Cathy answers each line; let her finish so the next sample does not race her reply.
    await said;
  }
  shopper.socket.close();

  const line = (label: string, samples: number[]) => {
    const s = summary(samples);
    console.log(`${label.padEnd(44)} p50 ${ms(s.p50).padStart(10)}   p99 ${ms(s.p99).padStart(10)}   (n=${samples.length})`);
  };
  console.log('Sales workspace in headless Chromium (desktop 1280×800), real server in-process, offline Cathy');
  line('first inbox paint (navigation → first row)', paints);
  line('shopper message → inbox row painted', toRow);
  line('shopper message → open transcript painted', toTranscript);
} finally {
  await browser.close();
  await workspace.server.destroy();
}
