import { fromStored, toStored, type Stored } from '../stored-record.js';
import { finder, type RecordModel } from './finder.js';

/** For collections that store records as they are, so their repos hold only what is particular to them. */
export function recordCollection<R extends { id: string }>(model: RecordModel<Stored<R>>) {
  return {
    find: finder(model, (doc: Stored<R>) => fromStored<R>(doc)),
    async insert(record: R) {
      await model.create(toStored(record));
    },
  };
}
