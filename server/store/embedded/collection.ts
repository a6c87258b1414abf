import { join } from 'node:path';
import Datastore from '@seald-io/nedb';
import { groupCommit } from './group-commit.js';
import type { WriteGuard } from './write-guard.js';

export type IndexSpec = Datastore.EnsureIndexOptions;

export interface Collection<D> {
  db: Datastore<D>;
  /** Compacts the file and lets go of it. */
  close(): Promise<void>;
}

/** Loads `<dataDir>/<name>.db` and its indexes. Indexes are kept in the file too, so this is idempotent. */
export async function openCollection<D extends { _id: string }>(
  dataDir: string,
  name: string,
  indexes: IndexSpec[],
  guard: WriteGuard,
): Promise<Collection<D>> {
  const db = new Datastore<D>({ filename: join(dataDir, `${name}.db`) });
  await db.loadDatabaseAsync();
  for (const index of indexes) await db.ensureIndexAsync(index);
  // Installed last, so a store whose other files fail to load is left holding no file open.
  const log = groupCommit(db, guard);
  return {
    db,
    async close() {
      db.stopAutocompaction();
      // A collection that cannot write keeps the file as it is: its memory may hold what the file does not.
      await db.compactDatafileAsync().catch((error: unknown) => {
        if (!guard.problem()) throw error;
      });
      await log.close();
    },
  };
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'errorType' in error && error.errorType === 'uniqueViolated';
}
