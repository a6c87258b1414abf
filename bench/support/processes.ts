import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface Child {
  process: ChildProcess;
  port: number;
  rssKb(): number;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

function wrap(child: ChildProcess, port: number): Child {
  return {
    process: child,
    port,
    rssKb: () => rssOf(child.pid ?? 0),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The bare echo server; it prints its port. */
export function startEcho(): Promise<Child> {
  const child = spawn(process.execPath, ['bench/support/echo-server.mjs'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => {
    child.stdout?.once('data', (chunk: Buffer) => resolve(wrap(child, Number(String(chunk).trim()))));
  });
}

/**
 * The Cathy server on a fresh data directory: `built` runs `dist/` (`npm run build` first), `source` runs
 * the TypeScript through tsx, so a bench run alone never measures a stale build.
 */
export async function startCathy(
  dataDir: string,
  env: Record<string, string> = {},
  from: 'built' | 'source' = 'built',
  /** Run as this user, e.g. so file permissions bind it when the bench runs as root. */
  user?: { uid: number; gid: number },
): Promise<Child> {
  const port = await freePort();
  const entry = from === 'built' ? ['dist/server/index.js'] : ['--import', 'tsx', 'server/index.ts'];
  const child = spawn(process.execPath, entry, {
    ...user,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MESSAGES_PER_MINUTE: '10000',
      RATE_LIMIT_IP_PER_MINUTE: '100000',
      ...env,
    },
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  for (let i = 0; i < 200 && !exited; i++) {
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
    if (ready) return wrap(child, port);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('Cathy server did not become ready');
}
