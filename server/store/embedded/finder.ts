import type Datastore from '@seald-io/nedb';
import { isEmptyUpdate, patchUpdate } from '../patch-update.js';
import type { RecordFinder, SortSpec } from '../record-finder.js';

export function finder<D extends { _id: string }, R>(db: Datastore<D>, toRecord: (doc: D) => R): RecordFinder<R> {
  const many = async (filter: Record<string, unknown>, sort: SortSpec, limit?: number): Promise<R[]> => {
    const cursor = db.findAsync(filter).sort(sort);
    const docs: D[] = await (limit === undefined ? cursor : cursor.limit(limit));
    return docs.map(toRecord);
  };
  const one = async (filter: Record<string, unknown>, sort: SortSpec = {}) => (await many(filter, sort, 1))[0] ?? null;
  return {
    one,
    many,
    async update(id, patch) {
      const update = patchUpdate(patch);
      if (isEmptyUpdate(update)) return one({ _id: id });
      const { affectedDocuments } = await db.updateAsync({ _id: id }, update, { returnUpdatedDocs: true });
      return affectedDocuments ? toRecord(affectedDocuments) : null;
    },
  };
}
