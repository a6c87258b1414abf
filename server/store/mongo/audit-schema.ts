import { Schema } from 'mongoose';
import type { AuditRecord } from '../records.js';
import { recordSchema } from './record-schema.js';

export const auditSchema = recordSchema<AuditRecord>({
  siteId: { type: String, required: true },
  action: { type: String, required: true },
  subject: { type: String, required: true },
  counts: Schema.Types.Mixed,
  change: Schema.Types.Mixed,
  staffId: String,
  at: { type: Date, required: true },
});

auditSchema.index({ siteId: 1, at: -1 });
