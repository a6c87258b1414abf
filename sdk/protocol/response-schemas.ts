/**
 * Zod schemas of what the server answers with, for the OpenAPI document (server/http/openapi). Server-only like
 * schemas.ts, and checked against the same wire types. Plain (not strict) objects: the contract lets responses
 * grow, so clients must not reject fields they do not know.
 */
import { z } from 'zod';
import { ERROR_CODES, type ErrorResponse } from './errors.js';
import type { IdentifyResult, MessagesSinceResult, OkResult, PostMessageResult, SessionStartResult } from './events.js';
import type { Lead, LeadConsent, LeadContact, LeadConversation, LeadInterest, LeadPipeline } from './lead.js';
import type { LeadLedger } from './ledger.js';
import type { ChatMessage, PersonaDisplay, SiteDisplay, Theme } from './models.js';
import { localeSchema, pageContextSchema, utmSchema } from './schemas.js';

/** ISO 8601 in UTC, as `Date.prototype.toISOString` writes it. */
export const dateTimeSchema = z.iso.datetime();

export const chatMessageSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  role: z.enum(['visitor', 'assistant', 'agent']),
  text: z.string(),
  createdAt: dateTimeSchema,
  clientId: z.string().optional(),
  replyTo: z.string().optional(),
  disclosure: z.string().optional(),
  locale: localeSchema.optional(),
  author: z.object({ name: z.string(), avatarUrl: z.string().optional() }).optional().describe('On agent messages: the person who wrote it.'),
}) satisfies z.ZodType<ChatMessage>;

const personaDisplaySchema = z.object({
  name: z.string(),
  avatarUrl: z.string().optional(),
  greeting: z.string(),
  status: z.string().optional(),
}) satisfies z.ZodType<PersonaDisplay>;

const themeSchema = z.object({
  accent: z.string().optional(),
  position: z.enum(['right', 'left']).optional(),
  mode: z.enum(['light', 'dark', 'auto']).optional(),
  zIndex: z.number().int().optional(),
}) satisfies z.ZodType<Theme>;

const siteDisplaySchema = z.object({
  name: z.string(),
  privacyUrl: z.string().optional(),
  team: z.object({ open: z.boolean(), opens: z.string().optional(), available: z.boolean().optional() }),
}) satisfies z.ZodType<SiteDisplay>;

export const sessionStartResultSchema = z.object({
  visitorId: z.string(),
  visitorToken: z.string(),
  conversationId: z.string(),
  messages: z.array(chatMessageSchema),
  persona: personaDisplaySchema,
  theme: themeSchema,
  locale: localeSchema,
  site: siteDisplaySchema,
  agent: z
    .object({ name: z.string(), avatarUrl: z.string().optional(), dealer: z.string(), at: dateTimeSchema })
    .optional()
    .describe('The person of the dealership answering the conversation now, when one took it over.'),
}) satisfies z.ZodType<SessionStartResult>;

export const postMessageResultSchema = z.object({
  message: chatMessageSchema,
  reply: chatMessageSchema.optional().describe("Cathy's reply; absent while a person of the dealership answers the conversation."),
}) satisfies z.ZodType<PostMessageResult>;

export const messagesSinceResultSchema = z.object({
  messages: z.array(chatMessageSchema),
  hasMore: z.boolean(),
}) satisfies z.ZodType<MessagesSinceResult>;

export const identifyResultSchema = z.object({ verified: z.boolean() }) satisfies z.ZodType<IdentifyResult>;

export const okResultSchema = z.object({ ok: z.literal(true) }) satisfies z.ZodType<OkResult>;

const leadContactSchema = z.object({
  name: z.string().optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  phone: z.string().optional().describe('E.164'),
  phoneNational: z.string().optional(),
  email: z.string().optional(),
}) satisfies z.ZodType<LeadContact>;

const leadInterestSchema = z.object({
  vehicle: z.string().optional(),
  year: z.number().int().optional(),
  make: z.string().optional(),
  model: z.string().optional(),
  condition: z.enum(['new', 'used']).optional(),
  tradeIn: z.string().optional(),
  budget: z.string().optional(),
  monthlyBudget: z.number().optional(),
  credit: z.string().optional().describe("The credit situation in the visitor's own words"),
  timeframe: z.string().optional(),
  callTime: z.string().optional(),
  downPayment: z.number().optional(),
  contactPreference: z.enum(['text', 'call']).optional().describe('How the visitor said they would rather be reached'),
}) satisfies z.ZodType<LeadInterest>;

const consentRecordSchema = z.object({
  level: z.enum(['contact_requested', 'express_written', 'do_not_contact']).describe('What the dealer may do with the contact details'),
  shownWhere: z.literal('beside_input').optional().describe('Where the disclosure stood when the number was typed or affirmed'),
  text: z.string().describe('The exact disclosure text shown to the visitor'),
  shownAt: dateTimeSchema,
  givenAt: dateTimeSchema,
  ip: z.string().optional(),
  userAgent: z.string().optional(),
  pageUrl: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  messageId: z.string().describe('The visitor message that gave the number'),
  revokedAt: dateTimeSchema.optional().describe('When this visitor opted out; other visitors\' records stand'),
}) satisfies z.ZodType<Omit<LeadConsent, 'earlier'>>;

const leadConsentSchema = consentRecordSchema.extend({
  earlier: z.array(consentRecordSchema).optional().describe('The records this one replaced, oldest first, each level with its own text, place and time'),
}) satisfies z.ZodType<LeadConsent>;

const leadConversationSchema = z.object({
  conversationId: z.string(),
  visitorId: z.string(),
  contact: leadContactSchema,
  interest: leadInterestSchema,
  summary: z.string(),
  language: localeSchema,
  consent: leadConsentSchema,
  openQuestions: z.array(z.string()).optional().describe("Questions this conversation asked that Cathy left to a specialist, in the shopper's words"),
  joinedVersion: z.number().int().describe('The lead version that added this conversation'),
  joinedAt: dateTimeSchema,
}) satisfies z.ZodType<LeadConversation>;

const leadPipelineSchema = z.object({
  stage: z.enum(['new', 'contacted', 'appointment', 'sold', 'lost']).describe("Where the dealer's people have taken the lead"),
  reason: z.string().optional().describe('Why the lead was lost; only with `lost`'),
  assignee: z.string().optional().describe('Who works the lead: a name or email'),
  notes: z.string().optional(),
  changedAt: dateTimeSchema.optional().describe('When the pipeline last changed; absent on a lead nobody has touched'),
}) satisfies z.ZodType<LeadPipeline>;

export const leadSchema = z.object({
  id: z.string(),
  siteId: z.string(),
  visitorId: z.string().describe('The first conversation\'s visitor'),
  conversationId: z.string().describe('The first conversation'),
  status: z.enum(['new', 'updated', 'do_not_contact']).describe("Cathy's delivery state: created, facts changed since, or opted out"),
  pipeline: leadPipelineSchema.describe("The dealer's sales pipeline (`PATCH /v1/leads/{id}`)"),
  doNotContact: z.boolean().describe('True when no contributing conversation\'s consent stands'),
  version: z.number().int(),
  contact: leadContactSchema,
  interest: leadInterestSchema,
  consent: leadConsentSchema.describe('The first conversation\'s consent record'),
  conversations: z.array(leadConversationSchema).describe('Every conversation that gave this phone or email, with its own facts and consent'),
  source: z.object({ page: pageContextSchema.optional(), referrer: z.string().optional(), utm: utmSchema.optional() }),
  language: localeSchema,
  summary: z.string(),
  openQuestions: z.array(z.string()).optional().describe('Questions the visitor asked that Cathy left to a specialist, in their words'),
  delivery: z.object({
    status: z.enum(['none', 'pending', 'delivered', 'delivered_to_file', 'failed']),
    updatedAt: dateTimeSchema,
  }),
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
}) satisfies z.ZodType<Lead>;

/** `GET /v1/leads`. */
export const leadListSchema = z.object({ leads: z.array(leadSchema) });

/** `GET /v1/leads/:id`. */
export const leadResultSchema = z.object({ lead: leadSchema });

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional().describe('One entry per invalid field'),
    retryAfter: z.number().int().optional().describe('Seconds to wait before retrying, for RATE_LIMITED'),
  }),
}) satisfies z.ZodType<ErrorResponse>;

/** `GET /v1/leads/ledger`. */
export const leadLedgerSchema = z.object({
  conversations: z.array(
    z.object({
      conversationId: z.string(),
      visitorId: z.string(),
      gave: z.array(z.enum(['phone', 'email'])).describe('Which contact details the visitor gave (never the details themselves)'),
      leadId: z.string().nullable().describe('`null`: contact details without a lead, a lost lead'),
      deliveries: z.array(
        z.object({
          id: z.string(),
          kind: z.enum(['email.lead', 'email.adf', 'webhook']),
          event: z.enum(['lead.created', 'lead.updated', 'lead.status_changed']),
          status: z.enum(['pending', 'processing', 'delivered', 'failed', 'superseded']),
          attempts: z.number().int(),
          overdue: z.boolean().describe('A dead letter, or not sent within the deadline (15 minutes)'),
        }),
      ),
    }),
  ),
}) satisfies z.ZodType<LeadLedger>;

/** `POST /v1/conversations/:id/messages` with `Prefer: return=minimal`: the stored message, at once. */
export const acceptedMessageSchema = z.object({ message: chatMessageSchema });
