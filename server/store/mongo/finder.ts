import type { Model, QueryFilter } from 'mongoose';
import { isEmptyUpdate, patchUpdate } from '../patch-update.js';
import type { RecordFinder, SortSpec } from '../record-finder.js';

/** A model as `connection.model` infers it from a `recordSchema`: mongoose adds the `id` virtual. */
export type RecordModel<D> = Model<D, {}, {}, { id: string }>;

export function finder<D extends { _id: string }, R>(model: RecordModel<D>, toRecord: (doc: D) => R): RecordFinder<R> {
  const one = async (filter: Record<string, unknown>, sort: SortSpec = {}) => {
    const doc = await model.findOne(filter as QueryFilter<D>).sort(sort).lean<D>();
    return doc ? toRecord(doc) : null;
  };
  return {
    one,
    async many(filter, sort, limit) {
      const query = model.find(filter as QueryFilter<D>).sort(sort);
      const docs = await (limit === undefined ? query : query.limit(limit)).lean<D[]>();
      return docs.map(toRecord);
    },
    async update(id, patch) {
      const update = patchUpdate(patch);
      if (isEmptyUpdate(update)) return one({ _id: id });
      const doc = await model
        .findOneAndUpdate({ _id: id } as QueryFilter<D>, update, { returnDocument: 'after' })
        .lean<D>();
      return doc ? toRecord(doc) : null;
    },
  };
}
