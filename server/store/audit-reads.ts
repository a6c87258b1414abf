import type { RecordFinder } from './record-finder.js';
import type { AuditRecord } from './records.js';
import type { AuditRepo } from './store.js';

/** Shared by both adapters, so they cannot drift apart on what a read matches or in what order it returns. */
export function auditReads(find: RecordFinder<AuditRecord>): Pick<AuditRepo, 'list'> {
  return {
    list: (siteId) => find.many({ siteId }, { at: -1 }),
  };
}
