import { auditReads } from '../audit-reads.js';
import type { AuditRecord } from '../records.js';
import type { AuditRepo } from '../store.js';
import type { Models } from './create-models.js';
import { recordCollection } from './record-collection.js';

export function auditRepo(model: Models['audit']): AuditRepo {
  const { find, insert } = recordCollection<AuditRecord>(model);
  return { ...auditReads(find), insert };
}
