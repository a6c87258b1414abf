import { stat } from 'node:fs/promises';
import type Datastore from '@seald-io/nedb';
import model from '@seald-io/nedb/lib/model.js';
import { appendLog, type AppendLog } from './append-log.js';
import type { WriteGuard } from './write-guard.js';

/** The parts of nedb 4.1.2 replaced here; its typings leave them out. */
interface NedbInternals {
  executor: { pushAsync<T>(task: () => Promise<T>, forceQueuing?: boolean): Promise<T> };
  persistence: {
    filename: string;
    modes: { fileMode: number };
    afterSerialization(line: string): Promise<string>;
    loadDatabaseAsync(): Promise<void>;
    persistNewStateAsync(docs: unknown[]): Promise<void>;
    persistCachedDatabaseAsync(): Promise<void>;
  };
}

function internalsOf(db: object): NedbInternals {
  const { executor, persistence } = db as unknown as Partial<NedbInternals>;
  if (
    typeof executor?.pushAsync !== 'function' ||
    typeof persistence?.persistNewStateAsync !== 'function' ||
    typeof persistence.persistCachedDatabaseAsync !== 'function'
  ) {
    throw new Error(
      '[Cathy] Failed to open the embedded store: @seald-io/nedb no longer has the internals group-commit.ts replaces. ' +
        'Pin nedb 4.1.x, or adapt group-commit.ts and run its tests.',
    );
  }
  return { executor, persistence } as NedbInternals;
}

/**
 * Group commit for one loaded nedb datastore. The file is opened at the first write after this and kept open.
 *
 * Why a patch: nedb appends each write with `fs.appendFile` (open, write, close) and its executor waits for
 * that before it starts the next operation, reads included, so a busy collection spends its time waiting on
 * the file. nedb has no per-datastore storage hook (its storage module is only swapped by bundler fields),
 * so three instance methods are replaced here; group-commit.test.ts pins what they must keep doing.
 *
 * - A write queues its lines on an `AppendLog` (one handle kept open) and returns, so the executor goes on
 *   to the next operation in memory while the file is written, in executor order.
 * - Each operation's promise still settles only once every line queued by its end is written (or failed), and
 *   rejects if one of its own lines failed: as with nedb alone, no write or read hands back data before the
 *   write of it has ended. Written means what nedb's appends mean: handed to the OS, no fsync.
 * - Compaction (nedb writes a temp file and renames it over the datafile) first waits for the queue and
 *   closes the handle, so later writes open the new file.
 * - A failed write leaves memory ahead of the file, so it breaks the collection (write-guard.ts): every
 *   operation is refused, including one that ran while the unwritten change was in memory, until the
 *   collection has reloaded its memory from the file and compacted it, retried every `recoverMs`.
 *
 * @example
 * await db.loadDatabaseAsync();
 * const log = groupCommit(db);
 * await db.insertAsync({ _id: 'a' }); // settles once its line is in the file
 * await log.close();
 */
export function groupCommit<D>(db: Datastore<D>, guard: WriteGuard, recoverMs = 1_000): AppendLog {
  const { executor, persistence } = internalsOf(db);
  const file = persistence.filename;
  const log = appendLog(file, persistence.modes.fileMode);
  const push = executor.pushAsync.bind(executor);
  const compact = persistence.persistCachedDatabaseAsync.bind(persistence);
  let taskWrites: Promise<void>[] | undefined;
  let failures = 0;
  let recovery: NodeJS.Timeout | undefined;

  async function recover(): Promise<void> {
    recovery = undefined;
    try {
      // nedb would make an empty file in place of a missing one, and its read never ends on a directory.
      if (!(await stat(file)).isFile()) throw new Error(`${file} is not a file`);
      // Straight to nedb's queue: the guard refuses everything else until this has run.
      await push(() => persistence.loadDatabaseAsync(), true);
      guard.mended(file);
    } catch {
      scheduleRecovery();
    }
  }

  function scheduleRecovery(): void {
    if (recovery) return;
    recovery = setTimeout(() => void recover(), recoverMs);
    recovery.unref();
  }

  persistence.persistNewStateAsync = async (docs) => {
    let text = '';
    for (const doc of docs) text += (await persistence.afterSerialization(model.serialize(doc))) + '\n';
    const written = log.append(text);
    written.catch((error: unknown) => {
      failures += 1;
      guard.broke(file, error);
      scheduleRecovery();
    });
    // Outside an executor task no operation waits for the write, so this call must, as nedb's does.
    if (taskWrites) taskWrites.push(written);
    else await written;
  };

  persistence.persistCachedDatabaseAsync = async () => {
    await log.detach();
    await compact();
  };

  executor.pushAsync = <T>(task: () => Promise<T>, forceQueuing?: boolean) => {
    const writes: Promise<void>[] = [];
    let settled = Promise.resolve();
    let failuresBefore = 0;
    const run = async () => {
      guard.check(file);
      failuresBefore = failures;
      taskWrites = writes;
      try {
        return await task();
      } finally {
        taskWrites = undefined;
        settled = log.settled();
      }
    };
    return push(run, forceQueuing).then(
      async (result) => {
        await settled;
        await Promise.all(writes).catch(() => undefined);
        // This operation may have read or built on a change the file never got.
        if (failures !== failuresBefore) throw guard.refusal(file);
        return result;
      },
      async (error: unknown) => {
        await settled;
        throw error;
      },
    );
  };

  return {
    ...log,
    close() {
      clearTimeout(recovery);
      return log.close();
    },
  };
}
