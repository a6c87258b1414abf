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
  /** Send back in the `x-csrf-token` header on every POST, PATCH and DELETE. */
  csrfToken: string;
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
  /** The session ended (signed out everywhere, removed from the team): the console goes to sign-in. */
  'session:ended': (event: { reason: 'signed_out' | 'removed' | 'expired' }) => void;
}
