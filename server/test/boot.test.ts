import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageSendResult, MessagesSinceResult, SessionStartResult } from '../../sdk/protocol/index.js';
import { ok, request } from './support/chat.js';
import { eventually } from './support/lead.js';
import { signIn } from './support/staff.js';
import { connect, connected } from './support/test-server.js';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The built entry point, exactly what `npm start` runs after building. */
async function boot(dataDir: string, port: number): Promise<{ child: ChildProcess; output: () => string }> {
  let output = '';
  const child = spawn(process.execPath, ['dist/server/index.js'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += String(chunk)));
  child.stderr?.on('data', (chunk: Buffer) => (output += String(chunk)));
  const ready = () => fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
  if (await eventually(ready, Boolean, 15_000).catch(() => false)) return { child, output: () => output };
  child.kill('SIGKILL');
  throw new Error(`server did not start:\n${output}`);
}

const exitCode = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe('the server process', () => {
  const dirs: string[] = [];
  beforeAll(() => {
    execFileSync('npm', ['run', 'build:server', '--silent'], { stdio: 'ignore' });
  });
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('starts with zero configuration, serves the demo site, and shuts down gracefully on SIGTERM', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cathy-boot-'));
    dirs.push(dataDir);
    const port = await freePort();
    const first = await boot(dataDir, port);
    expect(first.output()).toMatch(/Secret key \(shown once\): sk_/);
    expect(first.output()).toMatch(/"msg":"Cathy Chat server listening"/);

    const url = `http://127.0.0.1:${port}`;
    // The demo owner's credentials, printed once, open the sales workspace.
    const demoOwner = /Demo owner: (\S+)\nPassword \(shown once\): (\S+)\n/.exec(first.output());
    expect(demoOwner?.[1]).toBe('owner@demo-dealer.example');
    const { me } = await signIn(url, demoOwner![1]!, demoOwner![2]!);
    expect(me.memberships).toEqual([{ siteId: expect.any(String), siteName: 'Sunrise Auto (demo)', role: 'owner', assistantName: 'Cathy' }]);

    const socket = connect(url, { siteKey: 'pk_demo' }, 'http://localhost:3000');
    await connected(socket);
    const session = await ok(request<SessionStartResult>(socket, 'session:start', { page: { url: 'http://localhost:3000/' } }));
    const sent = await ok(request<MessageSendResult>(socket, 'message:send', { clientId: randomUUID(), text: 'Do you have used trucks?' }));
    // SIGTERM right after the ack: the reply in progress must still be written before exit.
    const exited = exitCode(first.child);
    first.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    socket.close();
    expect(first.output()).toMatch(/"msg":"shutting down"/);
    expect(existsSync(path.join(dataDir, '.lock'))).toBe(false);

    const second = await boot(dataDir, port);
    expect(second.output()).not.toMatch(/Secret key|shown once/);
    await expect(signIn(url, demoOwner![1]!, demoOwner![2]!)).resolves.toBeDefined();
    const back = connect(url, { siteKey: 'pk_demo', visitorId: session.visitorId, visitorToken: session.visitorToken }, 'http://localhost:3000');
    await connected(back);
    await ok(request<SessionStartResult>(back, 'session:start', { page: { url: 'http://localhost:3000/' } }));
    const { messages } = await ok(request<MessagesSinceResult>(back, 'messages:since', {}));
    expect(messages.some((m) => m.replyTo === sent.message.id)).toBe(true);
    back.close();
    const stopped = exitCode(second.child);
    second.child.kill('SIGTERM');
    expect(await stopped).toBe(0);
  });

  it('refuses to start on a bad environment with every problem listed and exit code 2', async () => {
    const child = spawn(process.execPath, ['dist/server/index.js'], {
      env: { ...process.env, PORT: 'eighty', SMTP_URL: 'mail.example' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += String(chunk)));
    expect(await exitCode(child)).toBe(2);
    expect(stderr).toMatch(/PORT/);
    expect(stderr).toMatch(/SMTP_URL/);
  });
});
