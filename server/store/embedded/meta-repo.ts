import type Datastore from '@seald-io/nedb';
import type { MetaRepo } from '../store.js';
import { isUniqueViolation } from './collection.js';

export interface MetaDoc {
  _id: string;
  value?: string;
  count?: number;
}

export function metaRepo(db: Datastore<MetaDoc>): MetaRepo {
  const get = async (key: string) => {
    const doc: MetaDoc | null = await db.findOneAsync({ _id: key });
    return doc?.value ?? null;
  };
  return {
    get,
    async add(key, amount) {
      const { affectedDocuments } = await db.updateAsync({ _id: key }, { $inc: { count: amount } }, { upsert: true, returnUpdatedDocs: true });
      return (affectedDocuments as MetaDoc | null)?.count ?? amount;
    },
    async setIfAbsent(key, value) {
      try {
        await db.insertAsync({ _id: key, value });
        return value;
      } catch (error) {
        // The key is the `_id`, so the first writer wins inside nedb and every later one reads its value.
        const stored = isUniqueViolation(error) ? await get(key) : null;
        if (stored === null) throw error;
        return stored;
      }
    },
  };
}
