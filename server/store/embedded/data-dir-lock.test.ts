import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentOwner, parseOwner, startTicksOf, type LockOwner } from './lock-owner.js';
import { openEmbeddedStore } from './open-embedded-store.js';

const HOLDER = path.join(import.meta.dirname, 'test/support/hold-store.ts');

/** `unshare` can give a child its own PID namespace here (root, or user namespaces allowed). */
const PID_NAMESPACES = spawnSync('unshare', ['--pid', '--fork', '--mount-proc', 'true']).status === 0;

/** A child process holding the store; resolves with it and its PID as it sees it, once it has the store open. */
function holdInChild(dir: string, asPid1 = false): Promise<{ child: ChildProcess; pid: number }> {
  const node = [process.execPath, '--import', 'tsx', HOLDER, dir];
  const [command, ...args] = asPid1 ? ['unshare', '--pid', '--fork', '--kill-child', '--mount-proc', ...node] : node;
  const child = spawn(command!, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', (chunk: Buffer) => resolve({ child, pid: Number(/open (\d+)/.exec(String(chunk))?.[1]) }));
    child.once('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
}

async function killHard(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

describe('the embedded data directory lock', () => {
  let dir: string;
  const children: ChildProcess[] = [];
  const lockAs = (owner: Partial<LockOwner>) => writeFile(path.join(dir, '.lock'), JSON.stringify({ ...currentOwner(), ...owner }));
  const opensCleanly = async () => (await openEmbeddedStore(dir)).close();

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'cathy-lock-'));
  });
  afterEach(async () => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a second opener of the same directory with a clear message, and frees it on close', async () => {
    const first = await openEmbeddedStore(dir);
    await expect(openEmbeddedStore(dir)).rejects.toThrow(/has it open already/);
    await first.close();
    await opensCleanly();
  });

  it('refuses while another live process holds the lock', async () => {
    await writeFile(path.join(dir, '.lock'), String(process.ppid));
    await expect(openEmbeddedStore(dir)).rejects.toThrow(new RegExp(`process ${process.ppid} has it open`));
    await lockAs({ pid: process.ppid, startTicks: startTicksOf(process.ppid) });
    await expect(openEmbeddedStore(dir)).rejects.toThrow(new RegExp(`process ${process.ppid} has it open`));
  });

  it('takes over a lock left by a dead process', async () => {
    await writeFile(path.join(dir, '.lock'), '999999');
    await opensCleanly();
  });

  it("takes over a lock a crash left with this process's own PID, as a container's PID 1 finds it", async () => {
    const ours = currentOwner();
    await lockAs({ startTicks: (ours.startTicks ?? 1000) - 500 });
    await opensCleanly();
    await writeFile(path.join(dir, '.lock'), String(process.pid));
    await opensCleanly();
  });

  it('takes over a lock whose PID now belongs to another process, or that was written before a reboot', async () => {
    await lockAs({ pid: process.ppid, startTicks: (startTicksOf(process.ppid) ?? 1000) + 1 });
    await opensCleanly();
    await lockAs({ pid: process.ppid, bootId: 'an-earlier-boot' });
    await opensCleanly();
  });

  it('refuses a lock another machine keeps fresh, and takes it over once that machine stops touching it', async () => {
    await lockAs({ pid: 7, host: 'other-host.example' });
    await expect(openEmbeddedStore(dir)).rejects.toThrow(/process 7 on other-host\.example has it open/);
    const minuteAgo = new Date(Date.now() - 60_000);
    await utimes(path.join(dir, '.lock'), minuteAgo, minuteAgo);
    await opensCleanly();
  });

  it('refuses while a live server process holds the store, and opens once that process is killed with SIGKILL', async () => {
    const { child } = await holdInChild(dir);
    children.push(child);
    expect(parseOwner(await readFile(path.join(dir, '.lock'), 'utf8'))?.pid).toBe(child.pid);
    await expect(openEmbeddedStore(dir)).rejects.toThrow(new RegExp(`process ${child.pid} has it open`));

    await killHard(child);
    await opensCleanly();
  }, 20_000);

  it.skipIf(!PID_NAMESPACES)('starts as PID 1 again after the PID 1 that held the store was killed with SIGKILL', async () => {
    const first = await holdInChild(dir, true);
    children.push(first.child);
    expect(first.pid).toBe(1);
    expect(parseOwner(await readFile(path.join(dir, '.lock'), 'utf8'))?.pid).toBe(1);
    await killHard(first.child);

    const second = await holdInChild(dir, true);
    children.push(second.child);
    expect(second.pid).toBe(1);
  }, 20_000);
});
