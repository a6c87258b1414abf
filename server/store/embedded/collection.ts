import { join } from 'node:path';
import Datastore from '@seald-io/nedb';

export type IndexSpec = Datastore.EnsureIndexOptions;

/** Loads `<dataDir>/<name>.db` and its indexes. Indexes are kept in the file too, so this is idempotent. */
export async function openCollection<D extends { _id: string }>(
  dataDir: string,
  name: string,
  indexes: IndexSpec[],
): Promise<Datastore<D>> {
  const db = new Datastore<D>({ filename: join(dataDir, `${name}.db`) });
  await db.loadDatabaseAsync();
  for (const index of indexes) await db.ensureIndexAsync(index);
  return db;
}

export async function closeCollection(db: Datastore): Promise<void> {
  db.stopAutocompaction();
  await db.compactDatafileAsync();
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'errorType' in error && error.errorType === 'uniqueViolated';
}
