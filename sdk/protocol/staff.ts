import type { ErrorResponse } from './errors.js';
import type { Lead, LeadPipelinePatch, LeadStage } from './lead.js';
import type { ChatMessage, Locale, PageContext, Utm } from './models.js';

/**
 * The sales workspace's wire types: staff REST under `/v1/staff/…` (session cookie, CSRF header on every state
 * change) and the staff Socket.IO namespace `/v1/staff` (see docs/workspace.md). Visitors never see these.
 */

/** Owners and managers manage the team; everyone works conversations and leads. */
export type StaffRole = 'owner' | 'manager' | 'salesperson';

export const STAFF_ROLES: readonly StaffRole[] = ['owner', 'manager', 'salesperson'];

/** The request header that carries the session's CSRF token on every state-changing staff request. */
export const CSRF_HEADER = 'x-csrf-token';

export interface StaffMembership {
  siteId: string;
  siteName: string;
  role: StaffRole;
  /** The name the site's assistant answers shoppers with (its persona; `Cathy` unless the dealer renamed her). */
  assistantName: string;
}

/** The signed-in person, as `GET /v1/staff/me` and sign-in return it. */
export interface StaffMe {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  memberships: StaffMembership[];
  /** Shown to shoppers beside this person's messages when they take a chat over. */
  avatarUrl?: string;
  /** Send back in the `x-csrf-token` header on every POST, PATCH and DELETE. */
  csrfToken: string;
}

/** `PATCH /v1/staff/me`: how this person appears to shoppers. `avatarUrl: null` removes the picture. */
export interface ProfileBody {
  name?: string;
  /** https only. */
  avatarUrl?: string | null;
}

export interface SignInBody {
  email: string;
  password: string;
}

export interface AcceptInvitationBody {
  token: string;
  password: string;
  name?: string;
}

export interface RequestResetBody {
  email: string;
}

export interface ResetPasswordBody {
  token: string;
  password: string;
}

/** A person on a site's team, as owners and managers see it. */
export interface TeamMember {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  /** `invited`: the invitation has not been accepted yet. */
  status: 'invited' | 'active';
  invitedAt?: string;
  lastSignInAt?: string;
}

/** `PATCH /v1/staff/sites/:siteId/team/:staffId`. */
export interface RoleBody {
  role: StaffRole;
}

export interface InviteBody {
  email: string;
  role: StaffRole;
  name?: string;
}

/**
 * - `active`: the shopper wrote in the last few minutes;
 * - `waiting`: the shopper asked for a person and nobody has answered;
 * - `lead`: the conversation gave a lead;
 * - `quiet`: none of these.
 */
export type InboxState = 'active' | 'waiting' | 'lead' | 'quiet';

export const INBOX_STATES: readonly InboxState[] = ['active', 'waiting', 'lead', 'quiet'];

/** One row of the inbox. */
export interface InboxItem {
  conversationId: string;
  siteId: string;
  state: InboxState;
  /** The shopper wrote since this staff member last opened the conversation. */
  unread: boolean;
  visitor: {
    name?: string;
    /** Only the last four digits; the full number is on the lead card. */
    phoneLast4?: string;
    email?: string;
    returning: boolean;
    /** The host page proved who the shopper is (`Cathy.identify`). */
    identified: boolean;
  };
  vehicle?: string;
  lastMessage?: { role: ChatMessage['role']; text: string; at: string };
  messageCount: number;
  lead?: { id: string; stage: LeadStage };
  /** ISO 8601; the inbox is ordered by this, newest first. */
  lastActivityAt: string;
  createdAt: string;
  /** The person answering the shopper now, when someone took the chat over. */
  holder?: ConversationHolder;
  /** The newest escalation, waiting or ended. */
  escalation?: EscalationView;
}

/** Query of `GET /v1/staff/sites/:siteId/conversations`. */
export interface InboxQuery {
  state?: InboxState;
  hasLead?: boolean;
  /** Last activity at or after (ISO 8601). */
  from?: string;
  /** Last activity before (ISO 8601). */
  to?: string;
  /** Name, email, vehicle, or the last four digits of the phone. */
  q?: string;
  /** Opaque; from the previous page's `nextCursor`. */
  cursor?: string;
  /** 1–100, default 50. */
  limit?: number;
}

export interface InboxPage {
  items: InboxItem[];
  nextCursor?: string;
}

/** What the salesperson sees of the shopper beside the transcript. */
export interface ShopperContext {
  landingPage?: PageContext;
  referrer?: string;
  utm?: Utm;
  /** Newest first. */
  pagesViewed: { url: string; title?: string; at: string }[];
  returning: boolean;
  identified: boolean;
  locale: Locale;
  firstSeenAt: string;
}

/** One delivery of the lead (email, ADF email or webhook) and where it stands. */
export interface LeadDeliveryView {
  id: string;
  kind: 'email' | 'adf' | 'webhook';
  event: string;
  status: 'pending' | 'processing' | 'delivered' | 'failed' | 'superseded';
  attempts: number;
  lastError?: string;
  deliveredAt?: string;
  /** Only failed deliveries can be retried. */
  retryable: boolean;
}

/** A note the dealer's people leave on a conversation; the shopper never sees it. */
export interface StaffNote {
  id: string;
  conversationId: string;
  author: { id: string; name: string };
  text: string;
  createdAt: string;
}

export interface NoteBody {
  text: string;
}

/** `GET /v1/staff/conversations/:id`. */
export interface ConversationDetail {
  item: InboxItem;
  messages: ChatMessage[];
  context: ShopperContext;
  lead?: Lead;
  deliveries: LeadDeliveryView[];
  notes: StaffNote[];
  /** Who took the chat over and handed it back, and how each escalation ended; oldest first. */
  handoff: HandoffEvent[];
}

/** The staff member answering a conversation in Cathy's place. */
export interface ConversationHolder {
  staffId: string;
  name: string;
  avatarUrl?: string;
  /** ISO 8601: when they took it. */
  since: string;
}

/**
 * Why a conversation was marked "waiting for a person": the shopper asked for one (EN/ES, any wording the
 * understanding layer knows), wrote with hostility, complained or feared a scam (`hostility`), or matched one of the site's own rules.
 */
export type EscalationReason = 'asked' | 'hostility' | 'rule';

/**
 * How an escalation stands. No escalation ends silently: it is `taken` (a person took the chat over), `callback`
 * (the shopper left a number, or had, for a call back) or `missed` (counted; the shopper left no number).
 */
export type EscalationStatus = 'waiting' | 'taken' | 'callback' | 'missed';

export interface EscalationView {
  reason: EscalationReason;
  status: EscalationStatus;
  /** ISO 8601. */
  at: string;
  /** ISO 8601: when Cathy tells the shopper nobody came, if nobody takes it before. */
  deadline: string;
  /** ISO 8601: when it stopped waiting. */
  endedAt?: string;
  takenBy?: { staffId: string; name: string };
}

/**
 * One line of a conversation's handoff trail (the audit of takeovers). `released`: the holder left the workspace
 * and Cathy took the chat back (`staff` is who left).
 */
export interface HandoffEvent {
  kind: 'escalated' | 'taken' | 'handed_back' | 'released' | 'timed_out' | 'callback' | 'missed';
  /** ISO 8601. */
  at: string;
  /** Who took or handed back; for `taken` from a colleague, `from` is the colleague. */
  staff?: { id: string; name: string };
  from?: { id: string; name: string };
  reason?: EscalationReason;
}

/** `POST /v1/staff/conversations/:id/takeover`. */
export interface TakeoverBody {
  /** Take it from the colleague who has it: owners and managers only. Without it, a held chat answers `CONFLICT`. */
  force?: boolean;
}

/** `POST /v1/staff/conversations/:id/messages`: only the holder may send. */
export interface AgentMessageBody {
  /** A uuid chosen by the console; resending the same one never duplicates the message. */
  clientId: string;
  text: string;
}

export type PresenceStatus = 'online' | 'away';

/** One signed-in person of a site's team. People not signed in anywhere are not listed. */
export interface PresenceEntry {
  staffId: string;
  name: string;
  status: PresenceStatus;
  /** ISO 8601: since when. */
  since: string;
}

/** `GET /v1/staff/sites/:siteId/escalations?from&to`: how escalations ended, for the dealer. */
export interface EscalationSummary {
  waiting: number;
  taken: number;
  callback: number;
  missed: number;
  /** Median seconds from escalation to takeover, over the taken ones. */
  medianPickupSeconds?: number;
}

/** `PATCH /v1/staff/leads/:id` takes the same body as `PATCH /v1/leads/:id`. */
export type StaffLeadPatch = LeadPipelinePatch;

export type StaffAck<T> = (result: T | ErrorResponse) => void;

export interface WatchPayload {
  conversationId: string;
}

/** Staff socket: what the console asks. */
export interface StaffClientToServerEvents {
  /** Streams this conversation's messages and deltas to the socket until `conversation:unwatch`. */
  'conversation:watch': (payload: WatchPayload, ack: StaffAck<{ ok: true }>) => void;
  'conversation:unwatch': (payload: WatchPayload, ack?: StaffAck<{ ok: true }>) => void;
  /** The holder is typing to the shopper (or stopped); from anyone else it is dropped. */
  'conversation:typing': (payload: { conversationId: string; on: boolean }) => void;
  /** Online or away on every site of this person, until changed or every console of theirs disconnects. */
  'presence:set': (payload: { status: PresenceStatus }, ack?: StaffAck<{ ok: true }>) => void;
}

/** Staff socket: what the server pushes. Inbox changes reach every staff member of the site. */
export interface StaffServerToClientEvents {
  /** A conversation began or changed (new message, state, lead): replace the row. */
  'inbox:item': (item: InboxItem) => void;
  /** A stored message of a watched conversation. */
  'conversation:message': (event: { conversationId: string; message: ChatMessage }) => void;
  /** Part of Cathy's reply as it streams, in a watched conversation. */
  'conversation:delta': (event: { conversationId: string; messageId: string; delta: string }) => void;
  /** The lead of a watched conversation changed (facts, consent, pipeline, delivery), with its deliveries as they stand. */
  'conversation:lead': (event: { conversationId: string; lead: Lead; deliveries: LeadDeliveryView[] }) => void;
  'conversation:note': (note: StaffNote) => void;
  /** Someone typing in a watched conversation: the shopper, Cathy, or the holder. */
  'conversation:typing': (event: { conversationId: string; role: 'visitor' | 'assistant' | 'agent'; on: boolean }) => void;
  /** To the whole site: a conversation was taken, handed back, or its escalation changed. */
  'conversation:handoff': (event: { conversationId: string; holder?: ConversationHolder; escalation?: EscalationView; event: HandoffEvent }) => void;
  /** To the whole site: a shopper is waiting for a person. The console alerts (in-app, a sound, a notification). */
  'conversation:escalated': (event: { item: InboxItem; reason: EscalationReason }) => void;
  /** To the whole site: who of the team is online or away, whenever it changes. */
  presence: (event: { siteId: string; staff: PresenceEntry[] }) => void;
  /** The session ended (signed out everywhere, removed from the team): the console goes to sign-in. */
  'session:ended': (event: { reason: 'signed_out' | 'removed' | 'expired' }) => void;
}
