import { Schema } from 'mongoose';
import type { NoteRecord, ReadMarkRecord } from '../records.js';
import { recordSchema } from './record-schema.js';

export const noteSchema = recordSchema<NoteRecord>({
  siteId: { type: String, required: true },
  conversationId: { type: String, required: true },
  author: Schema.Types.Mixed,
  text: { type: String, required: true },
  createdAt: { type: Date, required: true },
});

noteSchema.index({ conversationId: 1, createdAt: 1 });

/** The `_id` is `staffId:conversationId`, so a staff member's marks for one page are an `_id` lookup. */
export const readMarkSchema = recordSchema<ReadMarkRecord>({
  siteId: { type: String, required: true },
  staffId: { type: String, required: true },
  conversationId: { type: String, required: true },
  at: { type: Date, required: true },
});

readMarkSchema.index({ conversationId: 1 });
