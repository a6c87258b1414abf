import { Schema } from 'mongoose';
import type { LeadRecord } from '../records.js';
import { recordSchema } from './record-schema.js';

const { Mixed } = Schema.Types;

const pendingJobSchema = new Schema({ kind: String, event: String }, { _id: false });

export const leadSchema = recordSchema<LeadRecord>({
  siteId: { type: String, required: true },
  visitorId: { type: String, required: true },
  conversationId: { type: String, required: true },
  status: { type: String, required: true },
  pipeline: Mixed,
  doNotContact: Boolean,
  version: { type: Number, required: true },
  contact: Mixed,
  interest: Mixed,
  consent: Mixed,
  conversations: Mixed,
  source: Mixed,
  language: String,
  summary: String,
  openQuestions: { type: [String], default: undefined },
  delivery: Mixed,
  pendingJobs: [pendingJobSchema],
  pendingUpdate: Mixed,
  lastChanges: { type: [String], default: undefined },
  updatesSent: Mixed,
  createdAt: { type: Date, required: true },
  updatedAt: { type: Date, required: true },
});

// A returning visitor's phone or email finds their recent lead on the site (`findRecentByContact`).
leadSchema.index({ siteId: 1, 'contact.phone': 1, createdAt: -1 });
leadSchema.index({ siteId: 1, 'contact.email': 1, createdAt: -1 });
// The same for a number or address a later conversation gave, and for erasing a visitor from merged leads.
leadSchema.index({ siteId: 1, 'conversations.contact.phone': 1, createdAt: -1 });
leadSchema.index({ siteId: 1, 'conversations.contact.email': 1, createdAt: -1 });
leadSchema.index({ 'conversations.visitorId': 1 });
leadSchema.index({ status: 1, createdAt: -1 });
leadSchema.index({ siteId: 1, updatedAt: -1 });
// The CSV export reads a site's leads by creation date (`listCreated`).
leadSchema.index({ siteId: 1, createdAt: 1 });
leadSchema.index({ visitorId: 1 });
leadSchema.index({ 'pendingUpdate.lastChangeAt': 1 }, { sparse: true });
