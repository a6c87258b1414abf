import type Datastore from '@seald-io/nedb';
import { fromStored, toStored, type Stored } from '../stored-record.js';
import { finder } from './finder.js';

/** For collections that store records as they are, so their repos hold only what is particular to them. */
export function recordCollection<R extends { id: string }>(db: Datastore<Stored<R>>) {
  return {
    find: finder(db, (doc: Stored<R>) => fromStored<R>(doc)),
    async insert(record: R) {
      await db.insertAsync(toStored(record));
    },
  };
}
