import { Schema } from 'mongoose';
import type { SiteRecord } from '../records.js';
import { recordSchema } from './record-schema.js';

const { Mixed } = Schema.Types;

export const siteSchema = recordSchema<SiteRecord>({
  name: String,
  publicKey: { type: String, required: true, unique: true },
  secretKeyHash: { type: String, required: true, unique: true },
  identitySecret: String,
  allowedOrigins: [String],
  persona: Mixed,
  theme: Mixed,
  leadRecipients: [String],
  adfRecipients: [String],
  webhook: Mixed,
  adf: Mixed,
  timezone: String,
  businessHours: Mixed,
  defaultCountry: String,
  locale: String,
  phone: String,
  address: String,
  privacyUrl: String,
  consentText: Mixed,
  knowledge: Mixed,
  handoff: Mixed,
  createdAt: { type: Date, required: true },
  updatedAt: { type: Date, required: true },
});
