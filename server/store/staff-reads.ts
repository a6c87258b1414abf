import type { RecordFinder } from './record-finder.js';
import type { StaffRecord, StaffSessionRecord } from './staff-records.js';
import type { StaffRepo, StaffSessionRepo } from './store.js';

type Changed = (query: Record<string, unknown>, update: Record<string, unknown>) => Promise<StaffRecord | null>;

/**
 * `StaffRepo.setRole` for both adapters: one conditional write to the membership's position, which holds only if
 * that position still belongs to the site (a membership added or removed meanwhile moves it; then read again).
 * Neither nedb nor a plain MongoDB update has a portable "the matching element" operator, so the index is named.
 */
export function setRoleBy(find: RecordFinder<StaffRecord>, changed: Changed): StaffRepo['setRole'] {
  return async (id, siteId, role) => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const staff = await find.one({ _id: id });
      const at = staff?.memberships.findIndex((m) => m.siteId === siteId) ?? -1;
      if (at < 0) return null;
      const updated = await changed({ _id: id, [`memberships.${at}.siteId`]: siteId }, { $set: { [`memberships.${at}.role`]: role } });
      if (updated) return updated;
    }
    return null;
  };
}

/** Shared by both adapters, so they cannot drift apart on what a read matches or in what order it returns. */
export function staffReads(find: RecordFinder<StaffRecord>): Pick<StaffRepo, 'byId' | 'byEmail' | 'listBySite' | 'update'> {
  return {
    byId: (id) => find.one({ _id: id }),
    byEmail: (email) => find.one({ email: email.toLowerCase() }),
    listBySite: (siteId) => find.many({ 'memberships.siteId': siteId }, { createdAt: 1 }),
    update: (id, patch) => find.update(id, patch),
  };
}

export function staffSessionReads(find: RecordFinder<StaffSessionRecord>): Pick<StaffSessionRepo, 'byId' | 'listByStaff'> {
  return {
    byId: (id) => find.one({ _id: id }),
    listByStaff: (staffId) => find.many({ staffId }, { createdAt: 1 }),
  };
}
