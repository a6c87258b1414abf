import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * Who holds a data directory: enough to tell a live holder from a dead one even when the PID was reused,
 * which in a container is the rule rather than the exception (the server is PID 1 every time it starts).
 */
export interface LockOwner {
  pid: number;
  host: string;
  /** Linux's per-boot id; absent elsewhere. */
  bootId?: string;
  /** The process's start time in clock ticks since boot (/proc/<pid>/stat); absent where there is no /proc. */
  startTicks?: number;
}

function readBootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Field 22 of /proc/<pid>/stat; the command name before it may hold spaces, so count from its closing ")". */
export function startTicksOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    return Number.isSafeInteger(ticks) ? ticks : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function currentOwner(): LockOwner {
  return { pid: process.pid, host: hostname(), bootId: readBootId(), startTicks: startTicksOf(process.pid) };
}

/** The lock file's text; a bare PID is what servers before this format wrote. */
export function parseOwner(text: string): LockOwner | undefined {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return { pid: Number(trimmed), host: hostname() };
  try {
    const owner = JSON.parse(trimmed) as Partial<LockOwner>;
    if (!Number.isInteger(owner.pid) || typeof owner.host !== 'string') return undefined;
    return owner as LockOwner;
  } catch {
    return undefined;
  }
}

export type Holder = 'dead' | 'alive' | 'elsewhere';

/**
 * Whether the process that wrote the lock still runs. `elsewhere`: another machine (a shared volume), which
 * this process cannot see; the lock's age decides then (see data-dir-lock.ts). The caller has already ruled
 * out this process itself, so a lock naming our own PID was left by an earlier process that had it.
 */
export function holderOf(owner: LockOwner, self: LockOwner = currentOwner()): Holder {
  if (owner.host !== self.host) return 'elsewhere';
  if (owner.bootId && self.bootId && owner.bootId !== self.bootId) return 'dead';
  if (owner.pid === self.pid || owner.pid <= 0 || !alive(owner.pid)) return 'dead';
  if (owner.startTicks === undefined) return 'alive';
  const ticks = startTicksOf(owner.pid);
  return ticks === undefined || ticks === owner.startTicks ? 'alive' : 'dead';
}
