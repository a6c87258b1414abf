import type Datastore from '@seald-io/nedb';
import type { AuditRecord } from '../records.js';
import type { AuditRepo } from '../store.js';
import { fromStored, toStored, type Stored } from '../stored-record.js';
import type { IndexSpec } from './collection.js';
import { finder } from './finder.js';

export type AuditDoc = Stored<AuditRecord>;

export const auditIndexes: IndexSpec[] = [{ fieldName: 'siteId' }];

export function auditRepo(db: Datastore<AuditDoc>): AuditRepo {
  const find = finder(db, (doc: AuditDoc) => fromStored<AuditRecord>(doc));
  return {
    async insert(record) {
      await db.insertAsync(toStored(record));
    },
    list: (siteId) => find.many({ siteId }, { at: -1 }),
  };
}
