import { join } from 'node:path';
import Datastore from '@seald-io/nedb';
import { groupCommit } from './group-commit.js';

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
): Promise<Collection<D>> {
  const db = new Datastore<D>({ filename: join(dataDir, `${name}.db`) });
  await db.loadDatabaseAsync();
  for (const index of indexes) await db.ensureIndexAsync(index);
  // Installed last, so a store whose other files fail to load is left holding no file open.
  const log = groupCommit(db);
  return {
    db,
    async close() {
      db.stopAutocompaction();
      await db.compactDatafileAsync();
      await log.close();
    },
  };
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'errorType' in error && error.errorType === 'uniqueViolated';
}
