import type Datastore from '@seald-io/nedb';
import { staffSessionReads } from '../staff-reads.js';
import type { StaffSessionRecord } from '../staff-records.js';
import type { StaffSessionRepo } from '../store.js';
import type { Stored } from '../stored-record.js';
import type { IndexSpec } from './collection.js';
import { recordCollection } from './record-collection.js';

export type StaffSessionDoc = Stored<StaffSessionRecord>;

export const staffSessionIndexes: IndexSpec[] = [{ fieldName: 'staffId' }, { fieldName: 'expiresAt' }];

export function staffSessionRepo(db: Datastore<StaffSessionDoc>): StaffSessionRepo {
  const { find, insert } = recordCollection<StaffSessionRecord>(db);
  return {
    ...staffSessionReads(find),
    insert,
    async touch(id, lastSeenAt, expiresAt) {
      await db.updateAsync({ _id: id }, { $set: { lastSeenAt, expiresAt } });
    },
    async delete(ids) {
      if (ids.length === 0) return 0;
      return db.removeAsync({ _id: { $in: ids } }, { multi: true });
    },
    deleteExpired: (now) => db.removeAsync({ expiresAt: { $lte: now } }, { multi: true }),
  };
}
