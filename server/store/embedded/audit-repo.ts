import type Datastore from '@seald-io/nedb';
import { auditReads } from '../audit-reads.js';
import type { AuditRecord } from '../records.js';
import type { AuditRepo } from '../store.js';
import type { Stored } from '../stored-record.js';
import type { IndexSpec } from './collection.js';
import { recordCollection } from './record-collection.js';

export type AuditDoc = Stored<AuditRecord>;

export const auditIndexes: IndexSpec[] = [{ fieldName: 'siteId' }];

export function auditRepo(db: Datastore<AuditDoc>): AuditRepo {
  const { find, insert } = recordCollection<AuditRecord>(db);
  return { ...auditReads(find), insert };
}
