import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const WIDGET_DIR = path.join(ROOT, 'dist/widget');
export const SDK_DIST = path.join(ROOT, 'sdk/dist');
export const CONSOLE_DIR = path.join(ROOT, 'dist/console');

/** Gzip bytes; raise a ceiling only in the change that grows the bundle, and say why. */
export const BUDGETS = {
  /** What every dealer page loads before the visitor interacts. */
  loader: 4 * 1024,
  /**
   * Preact UI, signals, socket.io-client and the client, loaded on first interaction or idle. Raised from 35 KB
   * by the connect-on-intent client (early page views, returning chatters), the recorded-chat notice, the team's
   * hours in the header and the greeting that follows the chat's language. Raised from 35.2 KB by live takeover
   * (measured +1.33 KB: the agent events, the HTTP fallback's events stream with its reconnect and gap fill,
   * throttled typing, and the person's name, face, join and leave lines and typing in the panel).
   */
  chunk: 36.5 * 1024,
  /** All widget JavaScript a visitor who chats downloads: loader and chunk together. Raised from 39 KB with the chunk. */
  total: 40.35 * 1024,
  /** The staff console before its first screen: index.html, its script (Preact, signals, socket.io-client, app) and stylesheet. */
  console: 60 * 1024,
} as const;

/** Server-only code and unsafe constructs that must never reach a dealer's page. */
export const FORBIDDEN = [
  /\bmongoose\b/,
  /\bopenai\b/i,
  /\bzod\b/,
  /libphonenumber/,
  /nodemailer/,
  /\bexpress\b/,
  /@seald-io|\bnedb\b/,
  /\bpino\b/,
  /xmlhttprequest-ssl/,
  /\brequire\(["']ws["']\)/,
  /process\.env/,
  /__DEV__/,
  /\beval\(/,
  /new Function\(/,
];

/** Build inputs: a build older than any of these is stale. */
const SOURCES = ['widget', 'sdk', 'console', 'rollup.config.mjs', 'package.json'];
const OUTPUTS = [path.join(WIDGET_DIR, 'widget.js'), path.join(SDK_DIST, 'types/sdk/index.d.ts'), path.join(CONSOLE_DIR, 'index.html')];
const LOCK = path.join(ROOT, 'dist/.client-build.lock');
const STALE_LOCK_MS = 180_000;

/** The newest modification time among the sources under `entry` (tests, builds and dependencies left out). */
export function newestSource(entry: string): number {
  const info = statSync(entry, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return /\.test\.tsx?$/.test(entry) ? 0 : info.mtimeMs;
  const skip = new Set(['dist', 'node_modules', 'test']);
  return Math.max(0, ...readdirSync(entry).filter((name) => !skip.has(name)).map((name) => newestSource(path.join(entry, name))));
}

function builtAt(): number {
  return Math.min(...OUTPUTS.map((file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `npm run build:client` unless its output is newer than every source. Test files run in parallel,
 * so builders take a lock directory and the others wait for it instead of writing the same files.
 */
export async function ensureClientBuild(): Promise<void> {
  const inputs = () => Math.max(...SOURCES.map((entry) => newestSource(path.join(ROOT, entry))));
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    if (builtAt() > inputs()) return;
    try {
      mkdirSync(LOCK);
    } catch {
      const held = statSync(LOCK, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    try {
      if (builtAt() <= inputs()) execFileSync('npm', ['run', '--silent', 'build:client'], { cwd: ROOT, stdio: 'pipe' });
      return;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

export interface BundleSize {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
  budget: number;
  code: string;
}

function measure(dir: string, file: string, budget: number): BundleSize {
  const code = readFileSync(path.join(dir, file), 'utf8');
  return {
    file,
    raw: Buffer.byteLength(code),
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    budget,
    code,
  };
}

/** The loader and the chat chunk as built, compressed the way the build precompresses them. */
export function measureWidget(): { loader: BundleSize; chunk: BundleSize } {
  const chunkFile = readdirSync(WIDGET_DIR).find((name) => /^widget-chat\.[\w-]+\.js$/.test(name));
  if (!chunkFile) throw new Error(`No chat chunk in ${WIDGET_DIR}: run \`npm run build:client\`.`);
  return { loader: measure(WIDGET_DIR, 'widget.js', BUDGETS.loader), chunk: measure(WIDGET_DIR, chunkFile, BUDGETS.chunk) };
}

/** Everything the console page loads before its first screen: the page and the script and stylesheet it names. */
export function measureConsole(): { page: BundleSize; script: BundleSize; style: BundleSize; total: BundleSize } {
  const page = measure(CONSOLE_DIR, 'index.html', BUDGETS.console);
  const script = /src="\/console\/(console\.[\w-]+\.js)"/.exec(page.code)?.[1];
  const style = /href="\/console\/(console\.[\w-]+\.css)"/.exec(page.code)?.[1];
  if (!script || !style) throw new Error(`${CONSOLE_DIR}/index.html names no console script or stylesheet: run \`npm run build:client\`.`);
  const parts = { page, script: measure(CONSOLE_DIR, script, BUDGETS.console), style: measure(CONSOLE_DIR, style, BUDGETS.console) };
  const all = Object.values(parts);
  const sum = (key: 'raw' | 'gzip' | 'brotli') => all.reduce((n, part) => n + part[key], 0);
  return { ...parts, total: { file: 'console (before first screen)', raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli'), budget: BUDGETS.console, code: '' } };
}
