/**
 * Zod schemas for every inbound payload. Server-only: clients import the types, never this file,
 * so zod stays out of the widget bundle.
 */
import { z } from 'zod';
import type {
  CreateSessionBody,
  EarlyPageView,
  HandshakeAuth,
  IdentifyPayload,
  MessageSendPayload,
  MessagesSincePayload,
  PageViewPayload,
  SessionStartPayload,
  VisitorTypingPayload,
} from './events.js';
import { LEAD_STAGES, type LeadPipelinePatch } from './lead.js';
import { LIMITS } from './limits.js';
import type { PageContext, Utm } from './models.js';
import { UNSAFE_CONTROLS } from './unsafe-text.js';

const url = z
  .string()
  .max(2048)
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'must be an http(s) URL')
  // Browsers percent-encode these in a real address; raw ones only come from a forged payload.
  .refine((value) => value.search(UNSAFE_CONTROLS) === -1, 'must not contain control or bidi characters');

/**
 * One line of page text (a title, a UTM value): pages and links are written by anyone, so controls and bidi
 * overrides are dropped here, before the text is stored and reaches emails, ADF and the API.
 */
const lineText = (max: number) =>
  z
    .string()
    .max(max)
    .transform((value) => value.replace(UNSAFE_CONTROLS, '').replace(/\s+/g, ' ').trim() || undefined);

const shortText = lineText(300);

export const pageContextSchema = z.strictObject({
  url,
  title: shortText.optional(),
  referrer: z.union([url, z.literal('')]).optional(),
}) satisfies z.ZodType<PageContext>;

export const utmSchema = z.strictObject({
  source: lineText(200).optional(),
  medium: lineText(200).optional(),
  campaign: lineText(200).optional(),
  term: lineText(200).optional(),
  content: lineText(200).optional(),
}) satisfies z.ZodType<Utm>;

export const localeSchema = z.enum(['en', 'es']);

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'must be an id');

export const handshakeAuthSchema = z.strictObject({
  siteKey: z.string().min(1).max(100),
  visitorId: id.optional(),
  visitorToken: z.string().min(1).max(300).optional(),
}) satisfies z.ZodType<HandshakeAuth>;

export const earlyPageViewSchema = z.strictObject({
  url,
  title: shortText.optional(),
  at: z.iso.datetime({ offset: true }),
}) satisfies z.ZodType<EarlyPageView>;

export const sessionStartSchema = z.strictObject({
  page: pageContextSchema,
  utm: utmSchema.optional(),
  locale: localeSchema.optional(),
  pages: z.array(earlyPageViewSchema).max(LIMITS.earlyPageViews).optional(),
}) satisfies z.ZodType<SessionStartPayload>;

export const createSessionSchema = sessionStartSchema.extend({
  siteKey: z.string().min(1).max(100),
  visitorId: id.optional(),
}) satisfies z.ZodType<CreateSessionBody>;

// Control characters (except tab and newline) only ever break rendering, logs or CRM imports.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

export const messageSendSchema = z.strictObject({
  clientId: z.uuid(),
  text: z
    .string()
    .max(LIMITS.messageText, `must be at most ${LIMITS.messageText} characters`)
    .transform((value) => value.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim())
    .refine((value) => value.length > 0, 'must not be empty'),
}) satisfies z.ZodType<MessageSendPayload>;

export const pageViewSchema = z.strictObject({
  url,
  title: shortText.optional(),
}) satisfies z.ZodType<PageViewPayload>;

export const identifySchema = z
  .strictObject({
    name: z.string().max(120).transform((value) => value.replace(UNSAFE_CONTROLS, '').trim()).pipe(z.string().min(1)).optional(),
    email: z.email().max(254).optional(),
    phone: z.string().min(7).max(30).optional(),
    externalId: z.string().min(1).max(200).optional(),
    userHash: z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be a hex HMAC-SHA256').optional(),
  })
  .refine((value) => value.userHash === undefined || value.externalId !== undefined, {
    message: 'userHash needs externalId',
    path: ['userHash'],
  }) satisfies z.ZodType<IdentifyPayload>;

export const messagesSinceSchema = z.strictObject({
  // null is how JSON says "none": the same as leaving it out, from the start.
  after: id
    .nullable()
    .optional()
    .transform((value) => value ?? undefined),
  limit: z.number().int().min(1).max(LIMITS.historyPage).optional(),
}) satisfies z.ZodType<MessagesSincePayload>;

const pipelineLine = (max: number) => z.string().max(max).transform((value) => value.replace(UNSAFE_CONTROLS, '').trim()).pipe(z.string().min(1));

/** `PATCH /v1/leads/:id`. */
export const leadPipelinePatchSchema = z
  .strictObject({
    stage: z.enum(LEAD_STAGES).optional(),
    reason: pipelineLine(500).optional(),
    assignee: pipelineLine(200).nullable().optional(),
    notes: z.string().max(5000).transform((value) => value.replace(UNSAFE_CONTROLS, '')).nullable().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'must change at least one field')
  .refine((patch) => (patch.stage === 'lost') === (patch.reason !== undefined), {
    message: '`lost` needs a `reason`, and a `reason` goes only with `lost`',
    path: ['reason'],
  }) satisfies z.ZodType<LeadPipelinePatch>;

/** `typing` / `POST /v1/conversations/:id/typing`. */
export const visitorTypingSchema = z.strictObject({ on: z.boolean() }) satisfies z.ZodType<VisitorTypingPayload>;
