import type { RecordFinder } from './record-finder.js';
import type { StaffRecord, StaffSessionRecord } from './staff-records.js';
import type { StaffRepo, StaffSessionRepo } from './store.js';

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
