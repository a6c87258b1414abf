import { open, readFile, rm, stat, utimes } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { currentOwner, holderOf, parseOwner } from './lock-owner.js';

export interface DataDirLock {
  release(): Promise<void>;
}

/** The holder touches the lock this often, so a machine sharing the volume can tell a live lock from a left one. */
const HEARTBEAT_MS = 10_000;
/** A lock from another machine untouched this long was left by a server that is gone. */
const FOREIGN_STALE_MS = 3 * HEARTBEAT_MS;

/** Directories this process holds: only this can say "this process has it open", since a PID can repeat. */
const heldHere = new Set<string>();

async function foreignLockIsStale(path: string): Promise<boolean> {
  const { mtimeMs } = await stat(path);
  return Date.now() - mtimeMs > FOREIGN_STALE_MS;
}

function heartbeat(path: string): NodeJS.Timeout {
  const timer = setInterval(() => {
    const now = new Date();
    utimes(path, now, now).catch(() => undefined);
  }, HEARTBEAT_MS);
  timer.unref();
  return timer;
}

/**
 * nedb keeps each file in memory and rewrites it when compacting, so a second process writing the same
 * directory would lose the other's writes. One process holds `<dataDir>/.lock` at a time.
 *
 * The lock names its holder by PID, host, boot id and process start time (lock-owner.ts), so a lock left by a
 * crash is taken over at once, even when the new process has the old one's PID (a container's PID 1), while
 * a live holder is refused. An OS lock (flock) would free itself on a crash, but Node has no flock without a
 * native module, and flock is unreliable on the network volumes containers often mount.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const key = resolve(dataDir);
  if (heldHere.has(key)) {
    throw new Error(`[Cathy] Failed to open the embedded store in ${dataDir}: this process has it open already. Close it first.`);
  }
  const path = join(dataDir, '.lock');
  const self = currentOwner();
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(JSON.stringify(self));
      await handle.close();
      heldHere.add(key);
      const timer = heartbeat(path);
      return {
        async release() {
          clearInterval(timer);
          heldHere.delete(key);
          await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = parseOwner(await readFile(path, 'utf8').catch(() => ''));
      const holder = owner ? holderOf(owner, self) : 'dead';
      if (owner && (holder === 'alive' || (holder === 'elsewhere' && !(await foreignLockIsStale(path))))) {
        const where = holder === 'elsewhere' ? ` on ${owner.host}` : '';
        throw new Error(
          `[Cathy] Failed to open the embedded store in ${dataDir}: process ${owner.pid}${where} has it open. ` +
            'Stop that process (e.g. the server) first, or set MONGODB_URI to share data between processes.',
        );
      }
      await rm(path, { force: true });
    }
  }
  throw new Error(`[Cathy] Failed to lock ${path}: another process keeps taking it.`);
}
