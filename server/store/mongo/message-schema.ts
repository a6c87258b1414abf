import type { MessageRecord } from '../records.js';
import { recordSchema } from './record-schema.js';

export const messageSchema = recordSchema<MessageRecord>({
  seq: { type: String, required: true },
  conversationId: { type: String, required: true },
  siteId: { type: String, required: true },
  visitorId: { type: String, required: true },
  role: { type: String, required: true },
  text: String,
  clientId: String,
  replyTo: String,
  disclosure: String,
  locale: String,
  author: { type: { staffId: String, name: String, avatarUrl: String }, required: false, _id: false },
  createdAt: { type: Date, required: true },
});

// The visitor's resend of a message fails on this index, which is what makes `insert` idempotent
// across processes; Cathy's replies have no clientId and stay out of it.
messageSchema.index(
  { conversationId: 1, clientId: 1 },
  { unique: true, partialFilterExpression: { clientId: { $exists: true } } },
);
// History pages read this index in store order.
messageSchema.index({ conversationId: 1, seq: 1 });
messageSchema.index({ conversationId: 1, replyTo: 1 }, { partialFilterExpression: { replyTo: { $exists: true } } });
messageSchema.index({ visitorId: 1 });
// The unanswered-message sweep reads recent visitor messages on every site.
messageSchema.index({ createdAt: 1 }, { partialFilterExpression: { role: 'visitor' } });
