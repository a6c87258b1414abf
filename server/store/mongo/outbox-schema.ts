import { Schema } from 'mongoose';
import type { EscalationJobRecord, OutboxJobRecord, StaffMailJobRecord } from '../records.js';
import { recordSchema } from './record-schema.js';

/**
 * Lead jobs, staff mail and escalation webhooks in one collection (see `StaffMailJobRecord`, `EscalationJobRecord`):
 * the lead fields are absent on the others.
 */
export const outboxSchema = recordSchema<
  OutboxJobRecord & Partial<Pick<StaffMailJobRecord, 'staffId' | 'mail'>> & Partial<Pick<EscalationJobRecord, 'conversationId' | 'messageId' | 'reason' | 'at' | 'deadline'>>
>({
  siteId: { type: String, required: true },
  leadId: String,
  visitorId: String,
  staffId: String,
  mail: Schema.Types.Mixed,
  conversationId: String,
  messageId: String,
  reason: String,
  at: Date,
  deadline: Date,
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
