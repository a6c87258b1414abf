import type { AuditRecord } from '../records.js';
import type { AuditRepo } from '../store.js';
import { fromStored, toStored, type Stored } from '../stored-record.js';
import type { Models } from './create-models.js';
import { finder } from './finder.js';

export function auditRepo(model: Models['audit']): AuditRepo {
  const find = finder(model, (doc: Stored<AuditRecord>) => fromStored<AuditRecord>(doc));
  return {
    async insert(record) {
      await model.create(toStored(record));
    },
    list: (siteId) => find.many({ siteId }, { at: -1 }),
  };
}
