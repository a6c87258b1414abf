import { setRoleBy, staffReads, staffSessionReads } from '../staff-reads.js';
import type { StaffLinkRecord, StaffRecord, StaffSessionRecord } from '../staff-records.js';
import type { StaffLinkRepo, StaffRepo, StaffSessionRepo } from '../store.js';
import { fromStored, type Stored } from '../stored-record.js';
import type { Models } from './create-models.js';
import { recordCollection } from './record-collection.js';

export function staffRepo(model: Models['staff']): StaffRepo {
  const { find, insert } = recordCollection<StaffRecord>(model);
  const changed = async (query: Record<string, unknown>, update: Record<string, unknown>) => {
    const doc = await model.findOneAndUpdate(query, update, { returnDocument: 'after' }).lean<Stored<StaffRecord>>();
    return doc ? fromStored<StaffRecord>(doc) : null;
  };
  return {
    ...staffReads(find),
    insert: (staff) => insert({ ...staff, email: staff.email.toLowerCase() }),
    addMembership: (id, membership) =>
      changed({ _id: id, 'memberships.siteId': { $ne: membership.siteId } }, { $push: { memberships: membership } }),
    removeMembership: (id, siteId) => changed({ _id: id, 'memberships.siteId': siteId }, { $pull: { memberships: { siteId } } }),
    setRole: setRoleBy(find, changed),
  };
}

export function staffSessionRepo(model: Models['staffSessions']): StaffSessionRepo {
  const { find, insert } = recordCollection<StaffSessionRecord>(model);
  return {
    ...staffSessionReads(find),
    insert,
    async touch(id, lastSeenAt, expiresAt) {
      await model.updateOne({ _id: id }, { $set: { lastSeenAt, expiresAt } });
    },
    async delete(ids) {
      if (ids.length === 0) return 0;
      return (await model.deleteMany({ _id: { $in: ids } })).deletedCount;
    },
    deleteExpired: async (now) => (await model.deleteMany({ expiresAt: { $lte: now } })).deletedCount,
  };
}

export function staffLinkRepo(model: Models['staffLinks']): StaffLinkRepo {
  const { insert } = recordCollection<StaffLinkRecord>(model);
  return {
    insert,
    async use(id, kind, now) {
      // One atomic find-and-modify: of two callers with the same token, only one matches an unused link.
      const doc = await model
        .findOneAndUpdate({ _id: id, kind, usedAt: { $exists: false }, expiresAt: { $gt: now } }, { $set: { usedAt: now } }, { returnDocument: 'after' })
        .lean<Stored<StaffLinkRecord>>();
      return doc ? fromStored<StaffLinkRecord>(doc) : null;
    },
    async revoke(staffId, kind, now) {
      return (await model.updateMany({ staffId, kind, usedAt: { $exists: false } }, { $set: { usedAt: now } })).modifiedCount;
    },
  };
}
