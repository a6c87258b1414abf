import type { OutboxJobRecord } from '../records.js';
import { recordSchema } from './record-schema.js';

export const outboxSchema = recordSchema<OutboxJobRecord>({
  siteId: { type: String, required: true },
  leadId: { type: String, required: true },
  visitorId: { type: String, required: true },
  kind: { type: String, required: true },
  event: { type: String, required: true },
  leadVersion: { type: Number, required: true },
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
