import type { MetaRepo } from '../store.js';
import type { Models } from './create-models.js';
import type { MetaDoc } from './meta-schema.js';

export function metaRepo(model: Models['meta']): MetaRepo {
  return {
    async get(key) {
      const doc = await model.findById(key).lean<MetaDoc>();
      return doc?.value ?? null;
    },
    async add(key, amount) {
      const doc = await model
        .findOneAndUpdate({ _id: key }, { $inc: { count: amount } }, { upsert: true, returnDocument: 'after' })
        .lean<MetaDoc>();
      return doc?.count ?? amount;
    },
    async setIfAbsent(key, value) {
      // An upsert that only writes on insert: the first value stays, and every caller reads it back.
      const doc = await model
        .findOneAndUpdate({ _id: key }, { $setOnInsert: { value } }, { upsert: true, returnDocument: 'after' })
        .lean<MetaDoc>();
      return doc?.value ?? value;
    },
  };
}
