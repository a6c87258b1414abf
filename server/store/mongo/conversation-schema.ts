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
  createdAt: { type: Date, required: true },
  updatedAt: { type: Date, required: true },
});

conversationSchema.index({ visitorId: 1, status: 1, createdAt: -1 });
