import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

export interface DataDirLock {
  release(): Promise<void>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * nedb keeps each file in memory and rewrites it when compacting, so a second process writing the
 * same directory would lose the other's writes. One process holds `<dataDir>/.lock` at a time; a
 * lock left by a dead process is taken over.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const path = join(dataDir, '.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return { release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new Error(
          `[Cathy] Failed to open the embedded store in ${dataDir}: process ${pid} has it open. ` +
            'Stop that process (e.g. the server) first, or set MONGODB_URI to share data between processes.',
        );
      }
      if (pid === process.pid) {
        throw new Error(`[Cathy] Failed to open the embedded store in ${dataDir}: this process has it open already. Close it first.`);
      }
      await rm(path, { force: true });
    }
  }
  throw new Error(`[Cathy] Failed to lock ${path}: another process keeps taking it.`);
}
