import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from './open-embedded-store.js';

describe('the embedded data directory lock', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'cathy-lock-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('refuses a second opener of the same directory with a clear message, and frees it on close', async () => {
    const first = await openEmbeddedStore(dir);
    await expect(openEmbeddedStore(dir)).rejects.toThrow(/has it open already/);
    await first.close();
    const second = await openEmbeddedStore(dir);
    await second.close();
  });

  it('refuses while another live process holds the lock', async () => {
    await writeFile(path.join(dir, '.lock'), String(process.ppid));
    await expect(openEmbeddedStore(dir)).rejects.toThrow(new RegExp(`process ${process.ppid} has it open`));
  });

  it('takes over a lock left by a dead process', async () => {
    await writeFile(path.join(dir, '.lock'), '999999');
    const store = await openEmbeddedStore(dir);
    await store.close();
  });
});
