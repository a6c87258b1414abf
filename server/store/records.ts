import type {
  ChatMessage,
  EscalationReason,
  EscalationStatus,
  HandoffEvent,
  Lead,
  LeadConsent,
  LeadConversation,
  LeadPipeline,
  LeadStage,
  Locale,
  PageContext,
  PersonaDisplay,
  Theme,
  Utm,
} from '../../sdk/protocol/index.js';
import type { CapturedFacts } from '../capture/facts.js';
import type { DealerKnowledge } from './dealer-knowledge.js';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** Opening hours per weekday as "HH:MM" pairs in the site's timezone; a missing day is closed. */
export type BusinessHours = Partial<Record<Weekday, { open: string; close: string }>>;

export interface SitePersona extends PersonaDisplay {
  tone?: 'warm' | 'professional' | 'upbeat';
  /** Extra instructions for the model; never sent to browsers. */
  instructions?: string;
  language?: Locale;
}

/** CRMs differ in what they accept (see docs/domain.md, ADF). */
export interface AdfSettings {
  /** Some CRMs choke on `<?xml …?>`; false drops it. */
  xmlDeclaration?: boolean;
  /** `digits`: 10 digits for NANP numbers (E.164 otherwise); `e164`: always E.164. */
  phoneFormat?: 'digits' | 'e164';
  /** Also attach the XML as `lead.xml`; the body stays the bare XML either way. */
  attachment?: boolean;
}

export interface SiteRecord {
  id: string;
  name: string;
  publicKey: string;
  /** SHA-256 of the secret key; the key itself is shown once. */
  secretKeyHash: string;
  /** Signs `userHash` for visitor identification; site admins keep a copy on their backend. */
  identitySecret: string;
  /** Exact origins or patterns with a `*` port, e.g. `http://localhost:*`. */
  allowedOrigins: string[];
  persona: SitePersona;
  theme: Theme;
  leadRecipients: string[];
  adfRecipients: string[];
  webhook?: { url: string; secret: string };
  /** How this dealer's CRM wants ADF leads; unset means the defaults in `delivery/adf.ts`. */
  adf?: AdfSettings;
  timezone: string;
  businessHours: BusinessHours;
  /** ISO 3166 country used to read phone numbers written without a country code. */
  defaultCountry: string;
  locale: Locale;
  /** Dealership phone and address, for Cathy's answers and the ADF vendor block. */
  phone?: string;
  address?: string;
  /** The dealer's privacy policy (http or https), linked from the widget's recorded-chat notice. */
  privacyUrl?: string;
  /** Live takeover settings; unset means the defaults in `server/handoff/handoff-settings.ts`. */
  handoff?: SiteHandoffSettings;
  /** Overrides of the default consent disclosure, per locale. */
  consentText?: Partial<Record<Locale, string>>;
  /** What the dealership tells Cathy about itself; set with `npm run site -- knowledge set`. */
  knowledge?: DealerKnowledge;
  createdAt: Date;
  updatedAt: Date;
}

export interface SiteHandoffSettings {
  /** How long a shopper waits for a person in business hours before Cathy says nobody came (default 60). */
  timeoutSeconds: number;
  /** The dealer's own words or phrases that mark a conversation "waiting for a person" (e.g. "lease return"). */
  rules: string[];
}

export interface PageView {
  url: string;
  title?: string;
  at: Date;
}

export interface VisitorRecord {
  id: string;
  siteId: string;
  createdAt: Date;
  lastSeenAt: Date;
  /** Set only when a valid `userHash` proved it. */
  externalId?: string;
  /** The first visitor proven to be this customer; set on the others of the same customer. */
  customerId?: string;
  /** What the host page or the visitor said, unverified; never merged into another visitor. */
  supplied: { name?: string; email?: string; phone?: string; externalId?: string };
  doNotContact: boolean;
  locale?: Locale;
  ip?: string;
  userAgent?: string;
  /** The latest page views, newest last, capped. */
  pages: PageView[];
}

export interface ConversationState {
  turn: number;
  /** How many times Cathy asked for a phone number. */
  phoneAsks: number;
  /** The disclosure text shown the last time Cathy asked for contact details. */
  disclosure?: { text: string; shownAt: Date; messageId: string };
  /** A number the visitor volunteered before the disclosure was shown; waits for a yes. */
  pendingContact?: { phone?: string; phoneNational?: string; email?: string; messageId: string };
  declinedPhone: boolean;
  optedOut: boolean;
  humanRequested: boolean;
  /** The slot Cathy asked about last, so a short answer can fill it. */
  lastQuestion?: string;
  /** Which message each fact came from and how sure its reading was, so a guess never replaces a sure value. */
  sources?: FactSources;
  /** Cathy already said once that a specialist will go over a question (she says it once per conversation). */
  deferred?: boolean;
  /** Cathy has answered a question of the visitor's: the first one is never met with a phone ask. */
  questionAnswered?: boolean;
  /** The visitor is just looking: Cathy stops asking qualifying questions until they ask for contact. */
  browsing?: boolean;
}

export type FactSources = Partial<Record<keyof CapturedFacts, { messageId: string; confidence: 'high' | 'low' }>>;

export interface ConversationRecord {
  id: string;
  siteId: string;
  visitorId: string;
  status: 'open' | 'closed';
  locale: Locale;
  source: { page?: PageContext; referrer?: string; utm?: Utm };
  facts: CapturedFacts;
  state: ConversationState;
  leadId?: string;
  /** What the inbox lists and sorts by, kept as messages are stored (see docs/architecture.md, the inbox). */
  activity?: ConversationActivity;
  /** Lowercased name, email, phone's last four digits and vehicle words the inbox search matches by prefix. */
  searchTerms?: string[];
  /** Live takeover: who answers in Cathy's place, the escalation, and the trail of both (see docs/architecture.md). */
  handoff?: HandoffRecord;
  createdAt: Date;
  updatedAt: Date;
}

export interface HandoffHolderRecord {
  staffId: string;
  /** The first name shoppers see. */
  name: string;
  avatarUrl?: string;
  since: Date;
}

export interface EscalationRecord {
  reason: EscalationReason;
  status: EscalationStatus;
  at: Date;
  deadline: Date;
  endedAt?: Date;
  takenBy?: { staffId: string; name: string };
}

export interface HandoffLogRecord {
  kind: HandoffEvent['kind'];
  at: Date;
  staff?: { id: string; name: string };
  from?: { id: string; name: string };
  reason?: EscalationReason;
}

export interface HandoffRecord {
  /** Bumped by every write: `swapHandoff` writes only over the version it read, so two staff never both hold. */
  version: number;
  holder?: HandoffHolderRecord;
  /** The newest escalation; a new one starts only once this one ended. */
  escalation?: EscalationRecord;
  /** Oldest first, the newest 200 kept. */
  log: HandoffLogRecord[];
}

export interface ConversationActivity {
  /** The newest stored message's time: the inbox is ordered by it. */
  at: Date;
  /** The shopper's newest message: what `active` and unread marks read. */
  visitorAt?: Date;
  /** A staff member's newest message (role `agent`): a shopper who asked for a person is no longer waiting. */
  agentAt?: Date;
  last?: { role: ChatMessage['role']; text: string; at: Date };
  count: number;
}

/** A note the dealer's people leave on a conversation; never sent to the visitor. */
export interface NoteRecord {
  id: string;
  siteId: string;
  conversationId: string;
  author: { id: string; name: string };
  text: string;
  createdAt: Date;
}

/** When one staff member last opened one conversation; id `staffId:conversationId`, one per pair. */
export interface ReadMarkRecord {
  id: string;
  siteId: string;
  staffId: string;
  conversationId: string;
  at: Date;
}

/** Who wrote an agent message: the staff id stays on the server (the audit), the shopper sees name and picture. */
export interface MessageAuthorRecord {
  staffId: string;
  name: string;
  avatarUrl?: string;
}

export interface MessageRecord extends Omit<ChatMessage, 'createdAt' | 'author'> {
  /** On agent messages. */
  author?: MessageAuthorRecord;
  /**
   * Store order, a uuid v7 taken when the message is written. Equal to `id` except for Cathy's
   * replies, whose id is chosen before streaming starts: a visitor message stored while she streams
   * must still page before the reply.
   */
  seq: string;
  siteId: string;
  visitorId: string;
  createdAt: Date;
}

export type OutboxKind = 'email.lead' | 'email.adf' | 'webhook';
/** `superseded`: a newer version of the lead has its own job of the same kind, which sends everything. */
export type OutboxStatus = 'pending' | 'processing' | 'delivered' | 'failed' | 'superseded';

/** `lead.status_changed` goes only to webhooks: the dealer's own people made the change. */
export type OutboxEvent = 'lead.created' | 'lead.updated' | 'lead.status_changed';

/** Where a job of the outbox stands; lead jobs and staff mail share it and the one worker that sends them. */
export interface OutboxJobProgress {
  status: OutboxStatus;
  attempts: number;
  /** Attempts whose result was recorded; claims beyond these ended with none (the worker crashed or hung). */
  reportedAttempts?: number;
  nextAttemptAt: Date;
  leaseOwner?: string;
  leaseUntil?: Date;
  lastError?: string;
  deliveredAt?: Date;
  /** Where it went, e.g. `smtp` or `file:/path.eml`. */
  deliveredTo?: string;
  /** When a person last put the failed job back to pending; its maximum age counts from here. */
  retriedAt?: Date;
  createdAt: Date;
  updatedAt: Date;
}

export interface OutboxJobRecord extends OutboxJobProgress {
  /** Deterministic (`leadId:version:kind`) so writing a job twice stores it once. */
  id: string;
  siteId: string;
  leadId: string;
  visitorId: string;
  kind: OutboxKind;
  event: OutboxEvent;
  leadVersion: number;
}

/** What an invitation or reset email says; the delivery worker renders it in the person's language. */
export interface StaffMailContent {
  to: string;
  locale: Locale;
  siteName: string;
  /** Holds the one-time token, which is why the job drops this content once the email is sent. */
  link: string;
  /** When the link stops working; absent for `staff.added`, whose link is the sign-in page. */
  expiresAt?: Date;
  /** Who sent the invitation, when a person did (not the CLI). */
  inviterName?: string;
}

/**
 * An email to one of the dealer's people (an invitation, a password reset). It goes through the lead outbox, so it
 * waits out an SMTP outage like a lead; the lead reads of the outbox (`byId`, `list`, `overdue`) never return it.
 */
export interface StaffMailJobRecord extends OutboxJobProgress {
  /** `staff-mail:<uuid>`. */
  id: string;
  siteId: string;
  staffId: string;
  kind: 'email.staff';
  /** `staff.added`: a person who already has a password was given another site; no link to set one. */
  event: 'staff.invitation' | 'staff.added' | 'staff.reset';
  /** Absent once delivered. */
  mail?: StaffMailContent;
}

/**
 * A `conversation.escalated` webhook (docs/rest.md): a shopper called for a person. It rides the lead outbox, so it
 * is retried and signed like a lead webhook, but keeps only ids and the escalation's times: what the shopper said
 * and left is read when it is sent, so an erased conversation sends nothing. Lead reads of the outbox never return it.
 */
export interface EscalationJobRecord extends OutboxJobProgress {
  /** `escalation:<conversationId>:<at in ms>`: written twice, it is stored once. */
  id: string;
  siteId: string;
  conversationId: string;
  /** The shopper's message that called for a person. */
  messageId: string;
  kind: 'webhook.escalation';
  event: 'conversation.escalated';
  reason: EscalationReason;
  at: Date;
  deadline: Date;
}

/** Anything the outbox worker claims. */
export type OutboxJob = OutboxJobRecord | StaffMailJobRecord | EscalationJobRecord;

export type NewOutboxJob = Pick<OutboxJobRecord, 'kind' | 'event'>;

/** One consent record as stored: a level with its own text, place, time, page, IP and user agent. */
export type ConsentEntry = Omit<LeadConsent, 'shownAt' | 'givenAt' | 'revokedAt' | 'earlier'> & { shownAt: Date; givenAt: Date; revokedAt?: Date };

export type ConsentRecord = ConsentEntry & { earlier?: ConsentEntry[] };

export interface LeadConversationRecord extends Omit<LeadConversation, 'consent' | 'joinedAt'> {
  consent: ConsentRecord;
  joinedAt: Date;
}

export type PipelineRecord = Omit<LeadPipeline, 'changedAt'> & { changedAt: Date };

export interface LeadRecord
  extends Omit<Lead, 'createdAt' | 'updatedAt' | 'consent' | 'conversations' | 'delivery' | 'pipeline'> {
  /** Absent until the dealer first changes it: such a lead is at stage `new`. */
  pipeline?: PipelineRecord;
  consent: ConsentRecord;
  conversations: LeadConversationRecord[];
  delivery: { status: Lead['delivery']['status']; updatedAt: Date };
  /** Jobs written with the lead in one document write and not yet copied to the outbox. */
  pendingJobs: NewOutboxJob[];
  /** Facts changed since the last delivery, waiting for the debounced `lead.updated` (see leads/lead-updates.ts). */
  pendingUpdate?: { fields: string[]; lastChangeAt: Date };
  /** What the latest `lead.updated` version changed, for the "Update: …" email. */
  lastChanges?: string[];
  /** Debounced updates sent on `day` (UTC, YYYY-MM-DD), and when the latest went. */
  updatesSent?: { day: string; count: number; lastAt: Date };
  createdAt: Date;
  updatedAt: Date;
}

export interface AuditRecord {
  id: string;
  siteId: string;
  action: 'visitor.erased' | 'lead.pipeline_changed' | 'conversation.taken_over' | 'conversation.handed_back';
  /** Opaque ids only, never personal data. */
  subject: string;
  counts: Record<string, number>;
  /** For `lead.pipeline_changed`: the stage before and after, and which pipeline fields changed (never their text). */
  change?: { from: LeadStage; to: LeadStage; fields: string[] };
  /** Who made the change when a signed-in staff member did (their opaque id); absent for the secret-key API. */
  staffId?: string;
  at: Date;
}
