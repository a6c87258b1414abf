/**
 * `npm run bench:takeover-browser`: live takeover as the people see it, in headless Chromium against the real server
 * (in-process, embedded store, offline Cathy): a shopper on /demo/ in the real widget, a salesperson in the console.
 *
 * - escalation → alert: the shopper presses Enter on "can I talk to a real person?" → the frame in which the
 *   console paints the alert;
 * - takeover → joined: the salesperson's click on Take over → the frame in which the widget paints
 *   "<name> from <dealer> joined";
 * - staff message → shopper: the salesperson's click on Send → the frame in which the widget paints the message,
 *   with the shopper on the socket and on the HTTP fallback (Socket.IO blocked: the events stream carries it).
 *
 * One clock: both pages and this process read the machine's epoch time (performance.timeOrigin + now()).
 * bench/takeover.ts measures the same paths at the protocol, without browsers.
 *
 *   npm run bench:takeover-browser
 *   ROUNDS=20 MESSAGES=10 npm run bench:takeover-browser
 */
import type { Browser, Page } from 'playwright-core';
import { findSite, updateSite } from '../server/sites/site-service.js';
import { launchChromium } from './support/chromium.js';
import { ensureClientBuild } from './support/client-build.js';
import { DEFINE_SEEN_AT, seenAt } from './support/seen-at.js';
import { blockSocketIo, openAllDay, signInToConsole, startWorkspace, type Workspace } from './support/staff-console.js';
import { ms, summary } from './support/stats.js';

const ROUNDS = Number(process.env.ROUNDS ?? 8);
const MESSAGES = Number(process.env.MESSAGES ?? 5);
const GOAL_P50_MS = 50;

/** Records, in the page, the epoch time of the next click on a button named `name`. */
const DEFINE_CLICKED_AT = `
  window.benchClickedAt = function (name) {
    return new Promise(function (resolve) {
      document.addEventListener('click', function listen(event) {
        var button = event.target && event.target.closest && event.target.closest('button');
        if (!button || (button.textContent || '').trim() !== name) return;
        document.removeEventListener('click', listen, true);
        resolve(performance.timeOrigin + performance.now());
      }, true);
    });
  };
`;

type BenchWindow = { benchClickedAt(name: string): Promise<number> };
const clickedAt = (page: Page, name: string) => page.evaluate((n) => (window as unknown as BenchWindow).benchClickedAt(n), name);
const epoch = () => performance.timeOrigin + performance.now();

interface Samples {
  alert: number[];
  joined: number[];
  message: number[];
}

async function round(browser: Browser, workspace: Workspace, staff: Page, http: boolean, samples: Samples, agent: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (http) await blockSocketIo(context);
  await context.addInitScript(DEFINE_SEEN_AT);
  const shopper = await context.newPage();
  await shopper.goto(`${workspace.server.url}/demo/`);
  await shopper.getByRole('button', { name: /^Chat with us/ }).click();
  const input = shopper.getByRole('dialog').getByRole('textbox', { name: 'Type your message' });
  await input.fill('can I talk to a real person?');

  const alert = seenAt(staff, '[role="alert"]', 'A shopper is waiting for a person');
  await staff.evaluate(() => 0);
  const asked = epoch();
  await input.press('Enter');
  samples.alert.push((await alert) - asked);

  await staff.locator('a[data-row]').filter({ hasText: 'Waiting' }).first().click();
  const takeOver = staff.getByRole('button', { name: 'Take over' });
  await takeOver.waitFor();
  const joined = seenAt(shopper, '.cathy-log', `${agent} from`);
  const clicked = clickedAt(staff, 'Take over');
  await shopper.evaluate(() => 0);
  await takeOver.click();
  samples.joined.push((await joined) - (await clicked));

  const composer = staff.getByRole('textbox', { name: 'Message to the shopper' });
  for (let i = 0; i < MESSAGES; i++) {
    const marker = `bench ${http ? 'http' : 'socket'} ${samples.message.length}-${i}`;
    await composer.fill(`Sure, let me check that for you (${marker})`);
    const seen = seenAt(shopper, '.cathy-row', marker);
    const sent = clickedAt(staff, 'Send');
    await shopper.evaluate(() => 0);
    await staff.getByRole('button', { name: 'Send', exact: true }).click();
    samples.message.push((await seen) - (await sent));
  }
  await staff.getByRole('button', { name: /^Hand back to / }).click();
  await takeOver.waitFor();
  await context.close();
}

await ensureClientBuild();
const workspace = await startWorkspace({ role: 'salesperson' });
const browser = await launchChromium();
try {
  const demo = await findSite(workspace.server.store, workspace.siteId);
  await updateSite(workspace.server.store, demo!, openAllDay());
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  await context.addInitScript(DEFINE_SEEN_AT);
  await context.addInitScript(DEFINE_CLICKED_AT);
  const staff = await context.newPage();
  await signInToConsole(staff, workspace);
  await staff.getByText('1 online').waitFor();
  const agent = (await workspace.server.store.staff.byEmail(workspace.staff.email))!.name.split(' ')[0]!;

  const results: Array<[string, Samples]> = [];
  for (const http of [false, true]) {
    const samples: Samples = { alert: [], joined: [], message: [] };
    for (let i = 0; i < ROUNDS; i++) await round(browser, workspace, staff, http, samples, agent);
    results.push([http ? 'http' : 'socket', samples]);
  }

  const line = (label: string, values: number[]) => {
    const s = summary(values);
    console.log(`${label.padEnd(62)} p50 ${ms(s.p50).padStart(10)}   p99 ${ms(s.p99).padStart(10)}   (n=${values.length})`);
  };
  console.log('Live takeover in headless Chromium: console 1366×800 beside the widget on /demo/, real server in-process, offline Cathy');
  console.log('[socket]: the shopper on Socket.IO; [http]: Socket.IO blocked, the HTTP fallback and its events stream');
  for (const [transport, samples] of results) {
    line(`shopper asks for a person → console alert painted [${transport}]`, samples.alert);
    line(`Take over clicked → widget paints "joined" [${transport}]`, samples.joined);
    line(`Send clicked → widget paints the message [${transport}]`, samples.message);
  }
  const worst = Math.max(...results.map(([, samples]) => summary(samples.message).p50));
  // The goal is the protocol's (bench/takeover.ts); here the two browsers' event handling and paint come on top.
  console.log(`staff message → shopper painted, worst p50 ${ms(worst)} (goal for the protocol alone: p50 ≤ ${GOAL_P50_MS} ms)`);
} finally {
  await browser.close();
  await workspace.server.destroy();
}
