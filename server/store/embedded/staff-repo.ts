import type Datastore from '@seald-io/nedb';
import { setRoleBy, staffReads } from '../staff-reads.js';
import type { StaffRecord } from '../staff-records.js';
import type { StaffRepo } from '../store.js';
import { fromStored, type Stored } from '../stored-record.js';
import type { IndexSpec } from './collection.js';
import { recordCollection } from './record-collection.js';

export type StaffDoc = Stored<StaffRecord>;

export const staffIndexes: IndexSpec[] = [{ fieldName: 'email', unique: true }, { fieldName: 'memberships.siteId' }];

export function staffRepo(db: Datastore<StaffDoc>): StaffRepo {
  const { find, insert } = recordCollection<StaffRecord>(db);
  const changed = async (query: Record<string, unknown>, update: Record<string, unknown>) => {
    const { affectedDocuments } = await db.updateAsync(query, update, { returnUpdatedDocs: true });
    return affectedDocuments ? fromStored<StaffRecord>(affectedDocuments as StaffDoc) : null;
  };
  return {
    ...staffReads(find),
    insert: (staff) => insert({ ...staff, email: staff.email.toLowerCase() }),
    // nedb matches a dotted array path when any element matches, so "no membership of the site" is a $not.
    addMembership: (id, membership) =>
      changed({ _id: id, $not: { 'memberships.siteId': membership.siteId } }, { $push: { memberships: membership } }),
    removeMembership: (id, siteId) => changed({ _id: id, 'memberships.siteId': siteId }, { $pull: { memberships: { siteId } } }),
    setRole: setRoleBy(find, changed),
  };
}
