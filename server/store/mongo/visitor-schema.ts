import { Schema } from 'mongoose';
import type { VisitorRecord } from '../records.js';
import { recordSchema } from './record-schema.js';

const pageViewSchema = new Schema({ url: String, title: String, at: Date }, { _id: false });

export const visitorSchema = recordSchema<VisitorRecord>({
  siteId: { type: String, required: true },
  createdAt: { type: Date, required: true },
  lastSeenAt: Date,
  externalId: String,
  customerId: String,
  supplied: Schema.Types.Mixed,
  doNotContact: Boolean,
  locale: String,
  ip: String,
  userAgent: String,
  pages: [pageViewSchema],
});

visitorSchema.index({ siteId: 1, externalId: 1 });
visitorSchema.index({ siteId: 1, customerId: 1 }, { sparse: true });
