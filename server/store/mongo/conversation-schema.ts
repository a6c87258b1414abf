import { Schema } from 'mongoose';
import type { ConversationRecord } from '../records.js';
import { recordSchema } from './record-schema.js';

const { Mixed } = Schema.Types;

export const conversationSchema = recordSchema<ConversationRecord>({
  siteId: { type: String, required: true },
  visitorId: { type: String, required: true },
  status: { type: String, required: true },
  locale: String,
  source: Mixed,
  facts: Mixed,
  state: Mixed,
  leadId: String,
  activity: Mixed,
  searchTerms: [String],
  handoff: Mixed,
  createdAt: { type: Date, required: true },
  updatedAt: { type: Date, required: true },
});

conversationSchema.index({ visitorId: 1, status: 1, createdAt: -1 });
// The inbox: every page of a site in activity order, and each filter with that order after its equality.
conversationSchema.index({ siteId: 1, 'activity.at': -1, _id: -1 });
conversationSchema.index({ siteId: 1, 'handoff.escalation.status': 1, 'activity.at': -1, _id: -1 });
conversationSchema.index({ siteId: 1, leadId: 1, 'activity.at': -1, _id: -1 });
conversationSchema.index({ siteId: 1, searchTerms: 1, 'activity.at': -1 });
// Escalations past their deadline, for the sweep after a restart: only the waiting ones are indexed.
conversationSchema.index(
  { 'handoff.escalation.deadline': 1 },
  { partialFilterExpression: { 'handoff.escalation.status': 'waiting' } },
);
// The escalation summary and the webhook recovery: escalations of a site by when they began.
conversationSchema.index({ siteId: 1, 'handoff.log.kind': 1, 'handoff.log.at': 1 });
// The boot backfill finds conversations stored before the inbox existed.
conversationSchema.index({ createdAt: 1 }, { partialFilterExpression: { activity: { $exists: false } } });
