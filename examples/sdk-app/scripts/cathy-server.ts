import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { EXAMPLE_DIR } from './example-env.js';

const run = promisify(execFile);
const ROOT = path.resolve(EXAMPLE_DIR, '../..');
const SITE_NAME = 'Sunrise Auto (SDK example)';
// The page renames the persona for display only; the server's stored greeting and replies use the site's
// persona, so the site gets the same name (src/widget-page.ts).
const PERSONA_NAME = 'Rosa';
// Same origins as the demo site: the example page is served on a local port.
const ORIGINS = ['http://localhost:*', 'http://127.0.0.1:*'];

export interface ExampleSite {
  siteKey: string;
  identitySecret: string;
}

export interface CathyProcess {
  url: string;
  stop(): Promise<void>;
}

/** `npm run build:server`, as `npm start` does before every start; esbuild makes it take a moment. */
export async function buildServer(): Promise<void> {
  await run('npm', ['run', '--silent', 'build:server'], { cwd: ROOT });
}

/** The built site CLI (`npm run site -- …` without its full rebuild), on the example's data directory. */
async function siteCli<T>(dataDir: string, args: string[]): Promise<T> {
  try {
    const { stdout } = await run(process.execPath, ['dist/server/sites/site-cli-main.js', ...args, '--json'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir },
    });
    return JSON.parse(stdout) as T;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`[sdk-app] Failed to run \`site ${args.join(' ')}\` on ${dataDir}: ${stderr || (error as Error).message}`);
  }
}

/**
 * The example's own site, created on first run through the site CLI, which is the supported way to
 * learn a site's identity secret. The demo site `pk_demo` cannot serve here: the server creates it at
 * its first start and then holds the store, while the CLI only reads a store no server holds.
 */
export async function ensureExampleSite(dataDir: string): Promise<ExampleSite> {
  const sites = await siteCli<Array<{ name: string; publicKey: string }>>(dataDir, ['list']);
  const existing = sites.find((site) => site.name === SITE_NAME);
  const origins = ORIGINS.flatMap((origin) => ['--origin', origin]);
  const site = existing
    ? await siteCli<{ publicKey: string; identitySecret: string }>(dataDir, ['show', existing.publicKey])
    : await siteCli<{ publicKey: string; identitySecret: string }>(dataDir, ['create', '--name', SITE_NAME, '--persona-name', PERSONA_NAME, ...origins]);
  return { siteKey: site.publicKey, identitySecret: site.identitySecret };
}

/** Starts `dist/server/index.js` on 127.0.0.1 and resolves once `/readyz` answers. */
export async function startCathy(port: number, dataDir: string): Promise<CathyProcess> {
  const url = `http://127.0.0.1:${port}`;
  // Otherwise a server already there (often Cathy from `npm start`) would answer /readyz for the child.
  if (await fetch(`${url}/healthz`).then(() => true, () => false)) {
    throw new Error(
      `[sdk-app] Failed to start Cathy on port ${port}: a server already answers at ${url}. ` +
        'Set CATHY_PORT to a free port, or if it is Cathy, reuse it with CATHY_URL and CATHY_IDENTITY_SECRET (see examples/sdk-app/README.md).',
    );
  }
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/server/index.js'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, PUBLIC_URL: url, LOG_LEVEL: 'warn' },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`[sdk-app] Failed to start Cathy on port ${port}: it exited with code ${child.exitCode} (its output is above). If the port is taken, set CATHY_PORT.`);
    }
    if (await fetch(`${url}/readyz`).then((res) => res.ok, () => false)) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`[sdk-app] Failed to start Cathy on port ${port}: /readyz did not answer within 20 s.`);
}
