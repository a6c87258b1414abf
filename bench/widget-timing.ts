/**
 * What the widget costs a dealer page in a real browser: time from widget.js arriving to the launcher being
 * visible, layout shift, and how much later the page's load event fires than the same page without the widget
 * (the baseline, measured in the same run); then the first contact: Socket.IO connections a page view opens
 * before the shopper acts (goal 0), and the time from the first click on the launcher to Cathy's greeting
 * from the server on screen. Headless Debian Chromium on the /demo/ dealer site, a fresh
 * browser context (empty cache, no stored visitor) per run; once at full speed and once with the CPU slowed
 * 4× as a mid-range phone would be.
 *
 *   npm run bench:widget
 *   RUNS=50 npm run bench:widget
 *   BENCH_PART=first-contact npm run bench:widget
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium } from './support/chromium.js';
import { ensureClientBuild } from './support/client-build.js';
import { startCathy } from './support/processes.js';
import { ms, summary } from './support/stats.js';

const RUNS = Number(process.env.RUNS ?? 30);
const LAUNCHER_GOAL_MS = 100;

interface Sample {
  /** widget.js starts executing → the animation frame that paints the launcher. */
  executedMs: number;
  /** widget.js fully received (parse and compile included) → the same frame. */
  launcherMs: number;
  /** Navigation start → launcher visible. */
  fromNavigationMs: number;
  loadEventMs: number;
  layoutShift: number;
}

/**
 * Installed before any page script: records when widget.js starts executing (its first read of the
 * `window.Cathy` queue, while it is document.currentScript), the first animation frame in which the launcher
 * has a box, and every layout shift from navigation on. A string, because tsx would wrap named functions in a
 * helper that does not exist in the page.
 */
const OBSERVE_PAGE = `
  let cathy;
  Object.defineProperty(window, 'Cathy', {
    configurable: true,
    get() {
      const script = document.currentScript;
      if (window.benchExecutedAt === undefined && script && /\\/widget\\.js$/.test(script.src)) window.benchExecutedAt = performance.now();
      return cathy;
    },
    set(value) { cathy = value; },
  });
  window.benchShift = 0;
  new PerformanceObserver(function (list) {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.benchShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  requestAnimationFrame(function check(now) {
    const host = document.querySelector('cathy-chat');
    const button = host && host.shadowRoot && host.shadowRoot.querySelector('button');
    const box = button && button.getBoundingClientRect();
    if (box && box.width > 0 && box.height > 0 && getComputedStyle(button).visibility !== 'hidden') window.benchLauncherAt = Math.max(now, performance.now());
    else requestAnimationFrame(check);
  });
`;

async function measure(browser: Browser, url: string, cpuSlowdown: number, withWidget: boolean): Promise<Sample> {
  const context = await browser.newContext();
  try {
    await context.addInitScript({ content: OBSERVE_PAGE });
    if (!withWidget) await context.route('**/widget.js', (route) => route.abort());
    const page = await context.newPage();
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.goto(url, { waitUntil: 'load' });
    if (withWidget) await page.waitForFunction(() => (window as unknown as { benchLauncherAt?: number }).benchLauncherAt !== undefined, null, { timeout: 10_000 });
    // Give late shifts (fonts, images, the launcher's own entrance) time to be reported.
    await page.waitForTimeout(300);
    return await page.evaluate(() => {
      const w = window as unknown as { benchLauncherAt?: number; benchExecutedAt?: number; benchShift: number };
      const script = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/widget.js')) as PerformanceResourceTiming | undefined;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const launcherAt = w.benchLauncherAt ?? Number.NaN;
      return {
        executedMs: launcherAt - (w.benchExecutedAt ?? Number.NaN),
        launcherMs: script ? launcherAt - script.responseEnd : Number.NaN,
        fromNavigationMs: launcherAt,
        loadEventMs: nav.loadEventStart,
        layoutShift: w.benchShift,
      };
    });
  } finally {
    await context.close();
  }
}

/** Long enough after the chat chunk has loaded for an eager client to have connected. */
const SETTLE_MS = 1_500;
const GREETING_GOAL_MS = 1_000;

interface FirstContact {
  socketsBeforeClick: number;
  clickToGreetingMs: number;
}

/** Clicks the launcher and resolves with the ms until the server's greeting is on screen (a string: see OBSERVE_PAGE). */
const CLICK_TO_GREETING = `new Promise((resolve) => {
  const root = document.querySelector('cathy-chat').shadowRoot;
  const start = performance.now();
  root.querySelector('button').click();
  const check = () => {
    const rows = Array.from(root.querySelectorAll('.cathy-row'));
    if (rows.some((row) => (row.textContent || '').includes('automated assistant for'))) resolve(performance.now() - start);
    else requestAnimationFrame(check);
  };
  check();
})`;

async function firstContact(browser: Browser, url: string): Promise<FirstContact> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    let sockets = 0;
    page.on('websocket', () => sockets++);
    page.on('request', (request) => {
      if (/\/socket\.io\/.*transport=polling/.test(request.url()) && !/[?&]sid=/.test(request.url())) sockets++;
    });
    await page.goto(url, { waitUntil: 'load' });
    // The chat chunk loads when the browser is idle; wait for it to mount, then give an eager client time to connect.
    await page.waitForFunction(() => document.querySelector('cathy-chat')?.shadowRoot?.querySelector('.cathy') != null, null, { timeout: 15_000 });
    await page.waitForTimeout(SETTLE_MS);
    const socketsBeforeClick = sockets;
    const clickToGreetingMs = (await page.evaluate(CLICK_TO_GREETING)) as number;
    return { socketsBeforeClick, clickToGreetingMs };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  if (!CHROMIUM_PATH) throw new Error('Chromium not found: apt-get install -y chromium, or set CHROMIUM_PATH');
  await ensureClientBuild();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cathy-bench-widget-'));
  const server = await startCathy(dataDir, {}, 'source');
  const browser = await launchChromium();
  try {
    const url = `http://127.0.0.1:${server.port}/demo/`;
    await measure(browser, url, 1, true);
    console.log(`Widget on the /demo/ dealer page, headless ${path.basename(CHROMIUM_PATH)}, ${RUNS} runs per row, fresh context each (cold cache)`);
    console.log('');
    console.log('| CPU | widget.js executing → launcher painted p50 / p95 | widget.js received → launcher painted p50 / p95 | navigation → launcher p50 | page load event p50: without / with widget | ratio | max layout shift |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    const goals: string[] = [];
    // BENCH_PART=first-contact skips the launcher rows (e.g. to measure an older build's first contact alone).
    for (const slowdown of process.env.BENCH_PART === 'first-contact' ? [] : [1, 4]) {
      const withWidget: Sample[] = [];
      const without: Sample[] = [];
      // Interleaved so drift on the shared machine hits both equally.
      for (let i = 0; i < RUNS; i++) {
        withWidget.push(await measure(browser, url, slowdown, true));
        without.push(await measure(browser, url, slowdown, false));
      }
      const executed = summary(withWidget.map((s) => s.executedMs));
      const launcher = summary(withWidget.map((s) => s.launcherMs));
      const fromNav = summary(withWidget.map((s) => s.fromNavigationMs));
      const loadWith = summary(withWidget.map((s) => s.loadEventMs)).p50;
      const loadWithout = summary(without.map((s) => s.loadEventMs)).p50;
      const shift = Math.max(...withWidget.map((s) => s.layoutShift));
      console.log(
        `| ${slowdown === 1 ? 'full speed' : `${slowdown}× slower`} | ${ms(executed.p50)} / ${ms(executed.p95)} | ${ms(launcher.p50)} / ${ms(launcher.p95)} | ${ms(fromNav.p50)} | ` +
          `${ms(loadWithout)} / ${ms(loadWith)} | ${(loadWith / loadWithout).toFixed(2)}× | ${shift.toFixed(4)} |`,
      );
      if (slowdown === 1) goals.push(`script execution → launcher painted p50 ${ms(executed.p50)} (goal ≤ ${LAUNCHER_GOAL_MS} ms: ${executed.p50 <= LAUNCHER_GOAL_MS ? 'met' : 'NOT met'})`);
      goals.push(`layout shift ${slowdown}× CPU: ${shift.toFixed(4)} (goal 0: ${shift === 0 ? 'met' : 'NOT met'})`);
    }
    const contacts: FirstContact[] = [];
    for (let i = 0; i < RUNS; i++) contacts.push(await firstContact(browser, url));
    const greeting = summary(contacts.map((c) => c.clickToGreetingMs));
    const sockets = contacts.reduce((sum, c) => sum + c.socketsBeforeClick, 0) / contacts.length;
    console.log('');
    console.log(`First contact, full speed, ${RUNS} fresh visitors: the chat chunk loaded on idle, ${SETTLE_MS} ms of no interaction, then a click`);
    console.log('');
    console.log('| sockets opened per page view before interaction | click → server greeting on screen p50 / p95 |');
    console.log('| --- | --- |');
    console.log(`| ${sockets.toFixed(2)} | ${ms(greeting.p50)} / ${ms(greeting.p95)} |`);
    goals.push(`sockets per page view without interaction: ${sockets.toFixed(2)} (goal 0: ${sockets === 0 ? 'met' : 'NOT met'})`);
    goals.push(`click → greeting p50 ${ms(greeting.p50)} (goal ≤ ${GREETING_GOAL_MS} ms: ${greeting.p50 <= GREETING_GOAL_MS ? 'met' : 'NOT met'})`);
    console.log('');
    for (const line of goals) console.log(`- ${line}`);
  } finally {
    await browser.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
