import { Schema } from 'mongoose';
import type { StaffLinkRecord, StaffRecord, StaffSessionRecord } from '../staff-records.js';
import { recordSchema } from './record-schema.js';

export const staffSchema = recordSchema<StaffRecord>({
  email: { type: String, required: true, unique: true },
  name: String,
  locale: String,
  avatarUrl: String,
  passwordHash: String,
  memberships: [Schema.Types.Mixed],
  lastSignInAt: Date,
  createdAt: { type: Date, required: true },
  updatedAt: { type: Date, required: true },
});

staffSchema.index({ 'memberships.siteId': 1 });

export const staffSessionSchema = recordSchema<StaffSessionRecord>({
  staffId: { type: String, required: true, index: true },
  csrfToken: { type: String, required: true },
  createdAt: { type: Date, required: true },
  lastSeenAt: { type: Date, required: true },
  expiresAt: { type: Date, required: true },
});

// MongoDB deletes a session once it expires; `resolve` refuses it before that anyway.
staffSessionSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

/** Used and expired links are kept a week for support questions ("my link did not work"), then deleted. */
const LINK_KEEP_SECONDS = 7 * 24 * 3600;

export const staffLinkSchema = recordSchema<StaffLinkRecord>({
  kind: { type: String, required: true },
  staffId: { type: String, required: true, index: true },
  createdAt: { type: Date, required: true },
  expiresAt: { type: Date, required: true },
  usedAt: Date,
});

staffLinkSchema.index({ expiresAt: 1 }, { expireAfterSeconds: LINK_KEEP_SECONDS });
