import { Schema } from 'mongoose';
import type { OutboxJobRecord, StaffMailJobRecord } from '../records.js';
import { recordSchema } from './record-schema.js';

/** Lead jobs and staff mail in one collection (see `StaffMailJobRecord`): the lead fields are absent on staff mail. */
export const outboxSchema = recordSchema<OutboxJobRecord & Partial<Pick<StaffMailJobRecord, 'staffId' | 'mail'>>>({
  siteId: { type: String, required: true },
  leadId: String,
  visitorId: String,
  staffId: String,
  mail: Schema.Types.Mixed,
  kind: { type: String, required: true },
  event: { type: String, required: true },
  leadVersion: Number,
  status: { type: String, required: true },
  attempts: { type: Number, required: true },
  reportedAttempts: Number,
  nextAttemptAt: { type: Date, required: true },
  leaseOwner: String,
  leaseUntil: Date,
  lastError: String,
  deliveredAt: Date,
  deliveredTo: String,
  retriedAt: Date,
  createdAt: { type: Date, required: true },
  updatedAt: { type: Date, required: true },
});

// One index per kind of claimable job (see `claimableJobs`): due pending jobs, expired leases.
outboxSchema.index({ status: 1, nextAttemptAt: 1 });
outboxSchema.index({ status: 1, leaseUntil: 1 });
outboxSchema.index({ siteId: 1, createdAt: -1 });
outboxSchema.index({ visitorId: 1 });
outboxSchema.index({ leadId: 1 });
