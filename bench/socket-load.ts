/**
 * Socket load: 1,000 / 5,000 / 10,000 websocket visitors held open and chatting, then 200 busy sockets
 * sending as fast as acks come back, against the built Cathy server (offline responder, embedded store)
 * and, side by side in the same run, a bare Socket.IO echo (the ceiling for our stack). The visitors
 * live in a separate process (`support/load-client.ts`) so the server's CPU and memory are its own.
 *
 *   npm run bench:load                                   (builds the server when dist/ is stale)
 *   LEVELS=200 WARMUP_S=3 WINDOW_S=5 npm run bench:load  (a quick run)
 *
 * Env: LEVELS (visitors per level, comma-separated), SEND_INTERVAL_MS (each visitor's message period),
 * WARMUP_S / WINDOW_S (sending before / during the measured window), BUSY_SOCKETS, BUSY_S.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { LoadCommand, LoadReply, WindowResult } from './support/load-client.js';
import { newestSource } from './support/client-build.js';
import { startCathy, startEcho, type Child } from './support/processes.js';
import { ms } from './support/stats.js';

const LEVELS = (process.env.LEVELS ?? '1000,5000,10000').split(',').map(Number);
const SEND_INTERVAL_MS = Number(process.env.SEND_INTERVAL_MS ?? 5000);
const WARMUP_S = Number(process.env.WARMUP_S ?? 10);
const WINDOW_S = Number(process.env.WINDOW_S ?? 20);
const BUSY_SOCKETS = Number(process.env.BUSY_SOCKETS ?? 200);
const BUSY_S = Number(process.env.BUSY_S ?? 10);
const BUSY_WARMUP_S = 2;
const BATCH = 200;
const CONNECT_TIMEOUT_MS = 20_000;
/** The env schema's maximum; startCathy gets it from here so the address spread below matches it. */
const IP_LIMIT_PER_MINUTE = 100_000;
/** The measured echo ceiling (docs/architecture.md, performance notes): the busy phase plans its addresses for that rate. */
const CEILING_ACKS_PER_S = 30_000;
const ROOT = path.resolve(import.meta.dirname, '..');

interface Target {
  start(): Promise<{ child: Child; cleanup(): Promise<void> }>;
}

const echoTarget: Target = { start: async () => ({ child: await startEcho(), cleanup: async () => undefined }) };
const cathyTarget: Target = {
  async start() {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cathy-load-'));
    const child = await startCathy(dataDir, { RATE_LIMIT_IP_PER_MINUTE: String(IP_LIMIT_PER_MINUTE) }, 'built');
    return { child, cleanup: () => rm(dataDir, { recursive: true, force: true }) };
  },
};

interface Run {
  connected: number;
  attempted: number;
  failures: Record<string, number>;
  connectMs: number;
  idleRssKb: number;
  loadedRssKb: number;
  serverCpu: number;
  clientCpu: number;
  window: WindowResult;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const int = (value: number) => Math.round(value).toLocaleString('en-US');
const ratio = (ours: number, echo: number) => (echo > 0 && Number.isFinite(ours) ? `${(ours / echo).toFixed(2)}×` : '—');

/** `npm run bench` builds first; a run on its own must not measure a server older than its source. */
function ensureServerBuild() {
  const built = statSync(path.join(ROOT, 'dist/server/index.js'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = Math.max(...['server', 'sdk/protocol', 'package.json'].map((entry) => newestSource(path.join(ROOT, entry))));
  if (built > sources) return;
  console.log('Building the server (dist/ is missing or older than its source)…');
  execFileSync('npm', ['run', '--silent', 'build:server'], { cwd: ROOT, stdio: 'inherit' });
}

/** Each socket takes one descriptor in the load client and one in the server; both inherit this limit. */
function checkLimits(perAddress: number) {
  const limit = Number(/Max open files\s+(\d+)/.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1] ?? 0);
  const need = Math.max(...LEVELS, BUSY_SOCKETS) + 500;
  if (need > limit) {
    throw new Error(`[bench] Failed to start: ${Math.max(...LEVELS)} visitors need about ${need} open files per process; the limit here is ${limit}. Lower LEVELS.`);
  }
  const [low = 0, high = 0] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
  if (perAddress > high - low) {
    throw new Error(`[bench] Failed to start: ${perAddress} sockets per source address exceed the ${high - low} ephemeral ports. Raise SEND_INTERVAL_MS.`);
  }
}

const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString()) || 100;

/** User + system CPU seconds of a process, from /proc (utime and stime, fields 14 and 15). */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`[bench] ${what} took over ${timeoutMs / 1000} s`)), timeoutMs);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

async function startLoadClient() {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/support/load-client.ts')], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let pending: ((reply: LoadReply) => void) | undefined;
  child.on('message', (reply) => pending?.(reply as LoadReply));
  const exited = new Promise<never>((_, reject) => {
    child.once('exit', (code, signal) => reject(new Error(`[bench] the load client exited (${signal ?? code})`)));
  });
  exited.catch(() => undefined);
  const next = () => Promise.race([new Promise<LoadReply>((resolve) => (pending = resolve)), exited]);
  await withTimeout(next(), 30_000, 'starting the load client');

  async function request<K extends LoadReply['type']>(command: LoadCommand, expected: K, timeoutMs = 15_000) {
    const reply = next();
    child.send(command);
    const answer = await withTimeout(reply, timeoutMs, `load client "${command.type}"`);
    if (answer.type !== expected) throw new Error(`[bench] load client "${command.type}" failed: ${answer.type === 'failed' ? answer.message : answer.type}`);
    return answer as Extract<LoadReply, { type: K }>;
  }
  return { pid: child.pid ?? 0, request, kill: () => child.kill('SIGKILL') };
}

type LoadClient = Awaited<ReturnType<typeof startLoadClient>>;

/** SIGTERM, then SIGKILL if Cathy's graceful shutdown (replies still queued) outlasts the bench's patience. */
async function stopServer(child: Child) {
  const timer = setTimeout(() => child.process.kill('SIGKILL'), 20_000);
  await child.stop();
  clearTimeout(timer);
}

let nextAddress = 0;
/** The server under load, for the signal handler: an interrupted run must not leave it listening. */
let liveServer: Child | undefined;

/** Connects `count` visitors to a fresh server, runs `traffic`, and measures its window. */
async function run(client: LoadClient, target: Target, count: number, perAddress: number, traffic: LoadCommand, warmupS: number, windowS: number): Promise<Run> {
  const { child, cleanup } = await target.start();
  liveServer = child;
  try {
    await sleep(1000);
    const idleRssKb = child.rssKb();
    // Fresh source addresses per run: sockets a previous run left in TIME_WAIT keep their ports.
    const firstAddress = nextAddress;
    nextAddress += Math.ceil(count / perAddress);
    const batches = Math.ceil(count / BATCH);
    const connect: LoadCommand = { type: 'connect', port: child.port, count, batch: BATCH, firstAddress, perAddress, timeoutMs: CONNECT_TIMEOUT_MS };
    const joined = await client.request(connect, 'connected', batches * (CONNECT_TIMEOUT_MS + 5000) + 10_000);
    await sleep(2000);
    const loadedRssKb = child.rssKb();
    await client.request(traffic, 'started');
    await sleep(warmupS * 1000);
    const cpuBefore = [cpuSeconds(child.process.pid ?? 0), cpuSeconds(client.pid)];
    await client.request({ type: 'window:start' }, 'window:started');
    await sleep(windowS * 1000);
    const { result } = await client.request({ type: 'window:end' }, 'window');
    const [serverCpu = 0, clientCpu = 0] = [cpuSeconds(child.process.pid ?? 0), cpuSeconds(client.pid)].map(
      (seconds, i) => ((seconds - (cpuBefore[i] ?? 0)) / (result.elapsedMs / 1000)) * 100,
    );
    return { connected: joined.connected, attempted: count, failures: joined.failures, connectMs: joined.elapsedMs, idleRssKb, loadedRssKb, serverCpu, clientCpu, window: result };
  } finally {
    await client.request({ type: 'close' }, 'closed', 60_000).catch((error: unknown) => console.error(String(error)));
    await stopServer(child);
    liveServer = undefined;
    await cleanup();
  }
}

const perConnectionKb = (r: Run) => (r.connected > 0 ? (r.loadedRssKb - r.idleRssKb) / r.connected : Number.NaN);
const errorText = (errors: Record<string, number>) => Object.entries(errors).map(([code, n]) => `${code} ${int(n)}`).join(', ') || '0';

function printTable(title: string, rows: string[][]) {
  console.log(`\n${title}\n\n| measure | bare echo | Cathy | Cathy / echo |\n| --- | --- | --- | --- |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

function printLevel(visitors: number, echo: Run, cathy: Run) {
  const both = (f: (r: Run) => string) => [f(echo), f(cathy)];
  const lat = (p: 'p50' | 'p95' | 'p99') => [`message:send ack ${p}`, ...both((r) => ms(r.window.latency[p])), ratio(cathy.window.latency[p], echo.window.latency[p])];
  printTable(`### ${int(visitors)} visitors`, [
    ['connected + session started', ...both((r) => `${int(r.connected)} / ${int(r.attempted)}`), ''],
    ['connect + session:start, all batches', ...both((r) => `${(r.connectMs / 1000).toFixed(1)} s`), ratio(cathy.connectMs, echo.connectMs)],
    lat('p50'),
    lat('p95'),
    lat('p99'),
    ['acks in window (sent / acked / unacked at end)', ...both((r) => `${int(r.window.sent)} / ${int(r.window.acked)} / ${int(r.window.outstanding)}`), ''],
    ['error acks', ...both((r) => errorText(r.window.errors)), ''],
    ["Cathy's replies done in window", '—', int(cathy.window.replies), ''],
    ['server RSS per connection', ...both((r) => `${perConnectionKb(r).toFixed(1)} KB`), ratio(perConnectionKb(cathy), perConnectionKb(echo))],
    ['server RSS idle → connected', ...both((r) => `${int(r.idleRssKb / 1024)} → ${int(r.loadedRssKb / 1024)} MB`), ''],
    ['server CPU (% of one core)', ...both((r) => `${r.serverCpu.toFixed(0)} %`), ratio(cathy.serverCpu, echo.serverCpu)],
    ['load client CPU (% of one core)', ...both((r) => `${r.clientCpu.toFixed(0)} %`), ''],
    ['visitors dropped after connecting', ...both((r) => int(r.window.disconnects)), ''],
  ]);
  for (const [name, r] of [['echo', echo], ['Cathy', cathy]] as const) {
    if (Object.keys(r.failures).length > 0) console.log(`\n${name} connect failures: ${errorText(r.failures)}`);
  }
}

const ackRate = (r: Run) => r.window.acked / (r.window.elapsedMs / 1000);

function printBusy(echo: Run, cathy: Run) {
  const both = (f: (r: Run) => string) => [f(echo), f(cathy)];
  printTable(`### Throughput: ${BUSY_SOCKETS} busy sockets, each sends again on its ack, ${BUSY_S} s`, [
    ['acks/s', ...both((r) => int(ackRate(r))), ratio(ackRate(cathy), ackRate(echo))],
    ['message:send ack p50', ...both((r) => ms(r.window.latency.p50)), ratio(cathy.window.latency.p50, echo.window.latency.p50)],
    ['message:send ack p99', ...both((r) => ms(r.window.latency.p99)), ratio(cathy.window.latency.p99, echo.window.latency.p99)],
    ["Cathy's replies done/s", '—', int(cathy.window.replies / (cathy.window.elapsedMs / 1000)), ''],
    ['error acks', ...both((r) => errorText(r.window.errors)), ''],
    ['server CPU (% of one core)', ...both((r) => `${r.serverCpu.toFixed(0)} %`), ratio(cathy.serverCpu, echo.serverCpu)],
    ['load client CPU (% of one core)', ...both((r) => `${r.clientCpu.toFixed(0)} %`), ''],
  ]);
}

function printGoals(levels: { visitors: number; echo: Run; cathy: Run }[], busy: { echo: Run; cathy: Run }) {
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const throughput = ackRate(busy.cathy) / ackRate(busy.echo);
  const p99 = levels.map((l) => l.cathy.window.latency.p99 / l.echo.window.latency.p99);
  const memory = levels.map((l) => perConnectionKb(l.cathy) / perConnectionKb(l.echo));
  const each = (values: number[]) => values.map((v) => `${v.toFixed(2)}×`).join(' / ');
  const tenK = levels.find((l) => l.visitors >= 10_000)?.cathy;
  const held = tenK !== undefined && tenK.connected === tenK.attempted && tenK.window.disconnects === 0;
  const at = levels.map((l) => int(l.visitors)).join(' / ');
  console.log('\n### Goals\n\n| goal | target | measured | |\n| --- | --- | --- | --- |');
  console.log(`| throughput, ${BUSY_SOCKETS} busy sockets | ≥ 50 % of the echo's acks/s | ${(throughput * 100).toFixed(0)} % | ${met(throughput >= 0.5)} |`);
  console.log(`| message:send ack p99 at ${at} visitors | ≤ 2× the echo's | ${each(p99)} | ${met(p99.every((r) => r <= 2))} |`);
  console.log(`| server memory per connection at ${at} visitors | ≤ 2× the echo's | ${each(memory)} | ${met(memory.every((r) => r <= 2))} |`);
  console.log(
    `| 10,000 visitors held by one process | all connected with a session, none dropped | ${tenK ? `${int(tenK.connected)} connected, ${int(tenK.window.disconnects)} dropped` : 'not measured (LEVELS < 10000)'} | ${tenK ? met(held) : '—'} |`,
  );
}

async function main() {
  ensureServerBuild();
  const perVisitorPerMinute = 60_000 / SEND_INTERVAL_MS + 2;
  // Each source address stays under half the per-IP limit: the limit counts the handshake and every event.
  const perAddress = Math.max(1, Math.floor(IP_LIMIT_PER_MINUTE / 2 / perVisitorPerMinute));
  const busyPerAddress = Math.max(1, Math.floor(IP_LIMIT_PER_MINUTE / 2 / ((CEILING_ACKS_PER_S * 60) / BUSY_SOCKETS)));
  checkLimits(perAddress);
  console.log(
    `\nSocket load on /v1 (websocket): each visitor sends message:send every ${SEND_INTERVAL_MS / 1000} s (random phase); ` +
      `window ${WINDOW_S} s after ${WARMUP_S} s of sending; sends still unacked at its end count with their wait so far.\n` +
      `Cathy: dist/ build, offline responder (each message gets a reply), embedded store, fresh data per run.\n` +
      `Visitors connect ${BATCH} at a time from ${perAddress} per loopback address (127.0.x.y; ${busyPerAddress} for busy sockets), ` +
      `under half of RATE_LIMIT_IP_PER_MINUTE=${int(IP_LIMIT_PER_MINUTE)}.\n` +
      `Machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} at start, Node ${process.version}. ` +
      `The load client and the server share these cores.`,
  );
  const client = await startLoadClient();
  const stopAll = () => {
    client.kill();
    liveServer?.process.kill('SIGKILL');
    process.exit(130);
  };
  process.once('SIGINT', stopAll);
  process.once('SIGTERM', stopAll);
  try {
    const interval: LoadCommand = { type: 'start', mode: 'interval', intervalMs: SEND_INTERVAL_MS };
    const levels = [];
    for (const visitors of LEVELS) {
      const echo = await run(client, echoTarget, visitors, perAddress, interval, WARMUP_S, WINDOW_S);
      const cathy = await run(client, cathyTarget, visitors, perAddress, interval, WARMUP_S, WINDOW_S);
      printLevel(visitors, echo, cathy);
      levels.push({ visitors, echo, cathy });
    }
    const closed: LoadCommand = { type: 'start', mode: 'closed' };
    const busy = {
      echo: await run(client, echoTarget, BUSY_SOCKETS, busyPerAddress, closed, BUSY_WARMUP_S, BUSY_S),
      cathy: await run(client, cathyTarget, BUSY_SOCKETS, busyPerAddress, closed, BUSY_WARMUP_S, BUSY_S),
    };
    printBusy(busy.echo, busy.cathy);
    printGoals(levels, busy);
  } finally {
    client.kill();
  }
}

await main();
