/**
 * `npm run size`: builds the client if needed, prints gzip and brotli sizes of the script-tag loader and the
 * chat chunk against their budgets, and the requests a visitor's browser makes; then the staff console's first
 * screen (page, script, stylesheet) against its budget. Exits 1 over budget.
 */
import { BUDGETS, ensureClientBuild, FORBIDDEN, measureConsole, measureWidget, type BundleSize } from './support/client-build.js';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

function row(label: string, size: BundleSize): string {
  const ratio = size.gzip / size.budget;
  return [
    label.padEnd(32),
    kb(size.raw).padStart(10),
    kb(size.gzip).padStart(10),
    kb(size.brotli).padStart(10),
    kb(size.budget).padStart(10),
    `${(ratio * 100).toFixed(1)}%`.padStart(11),
    ratio <= 1 ? '  ok' : '  OVER',
  ].join('');
}

await ensureClientBuild();
const { loader, chunk } = measureWidget();
const leaks = [loader, chunk].flatMap((size) => FORBIDDEN.filter((pattern) => pattern.test(size.code)).map((p) => `${size.file}: ${p}`));

console.log(`${'bundle'.padEnd(32)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}${'budget'.padStart(10)}${'of budget'.padStart(11)}`);
console.log(row(`${loader.file} (before interaction)`, loader));
console.log(row(`${chunk.file}`, chunk));
console.log(row('together', { ...chunk, raw: loader.raw + chunk.raw, gzip: loader.gzip + chunk.gzip, brotli: loader.brotli + chunk.brotli, budget: BUDGETS.total }));
console.log(`
Requests (budgets: 1 before interaction, at most 4 from opening to Cathy's first message):
  before interaction  1  widget.js (no socket, no iframe; the launcher is drawn by it)
                         + widget-chat.[hash].js once the browser is idle, still without a socket: 0 sockets per
                         page view until the shopper acts (bench:widget counts them in Chromium)
  on hover or open    2  widget-chat.[hash].js (already there if hover, focus or idle loaded it)
                      3  one WebSocket: the Socket.IO handshake, session:start (history, greeting and the page
                         views before it) and the reply
  total               3  (+1 for the persona avatar image when the site sets one = 4)
  Where WebSockets are blocked, long-polling adds a handshake GET, a connect POST and a poll GET.
`);
if (leaks.length) console.log(`Forbidden in the widget bundles:\n  ${leaks.join('\n  ')}`);
const withinTotal = loader.gzip + chunk.gzip <= BUDGETS.total;

const staff = measureConsole();
const consoleLeaks = FORBIDDEN.filter((pattern) => pattern.test(staff.script.code)).map((p) => `${staff.script.file}: ${p}`);
console.log(`\nStaff console (/console/), loaded before its first screen: 3 requests, then the /v1/staff socket and GET /v1/staff/me`);
console.log(row(staff.page.file, { ...staff.page, budget: BUDGETS.console }));
console.log(row(staff.script.file, staff.script));
console.log(row(staff.style.file, staff.style));
console.log(row(staff.total.file, staff.total));
if (consoleLeaks.length) console.log(`Forbidden in the console bundle:\n  ${consoleLeaks.join('\n  ')}`);
const consoleOk = staff.total.gzip <= BUDGETS.console && !consoleLeaks.length;
process.exitCode = loader.gzip <= loader.budget && chunk.gzip <= chunk.budget && withinTotal && !leaks.length && consoleOk ? 0 : 1;
