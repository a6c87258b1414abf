import type Datastore from '@seald-io/nedb';
import type { StaffLinkRecord } from '../staff-records.js';
import type { StaffLinkRepo } from '../store.js';
import { fromStored, type Stored } from '../stored-record.js';
import type { IndexSpec } from './collection.js';
import { recordCollection } from './record-collection.js';

export type StaffLinkDoc = Stored<StaffLinkRecord>;

export const staffLinkIndexes: IndexSpec[] = [{ fieldName: 'staffId' }];

export function staffLinkRepo(db: Datastore<StaffLinkDoc>): StaffLinkRepo {
  const { insert } = recordCollection<StaffLinkRecord>(db);
  return {
    insert,
    async use(id, kind, now) {
      // nedb runs one command at a time, so the match and the write are one step: a second caller finds it used.
      const { affectedDocuments } = await db.updateAsync(
        { _id: id, kind, usedAt: { $exists: false }, expiresAt: { $gt: now } },
        { $set: { usedAt: now } },
        { returnUpdatedDocs: true },
      );
      return affectedDocuments ? fromStored<StaffLinkRecord>(affectedDocuments as StaffLinkDoc) : null;
    },
    async revoke(staffId, kind, now) {
      const { numAffected } = await db.updateAsync({ staffId, kind, usedAt: { $exists: false } }, { $set: { usedAt: now } }, { multi: true });
      return numAffected;
    },
  };
}
