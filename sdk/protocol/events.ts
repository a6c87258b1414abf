import type { AckResult } from './errors.js';
import type {
  CapturedFields,
  ChatMessage,
  Locale,
  PageContext,
  PersonaDisplay,
  SiteDisplay,
  TeamHours,
  Theme,
  Utm,
} from './models.js';

/** Socket.IO namespace of this protocol version. */
export const NAMESPACE = '/v1';

/** `auth` of the Socket.IO handshake. */
export interface HandshakeAuth {
  siteKey: string;
  visitorId?: string;
  visitorToken?: string;
}

export interface SessionStartPayload {
  page: PageContext;
  utm?: Utm;
  locale?: Locale;
  /**
   * Pages the visitor viewed before this session, oldest first: the widget connects only once the shopper
   * acts, so the page views before that travel here (at most `LIMITS.earlyPageViews`).
   */
  pages?: EarlyPageView[];
}

/** A page view the client saw before it had a session. */
export interface EarlyPageView extends PageViewPayload {
  /** ISO 8601: when the page was viewed. */
  at: string;
}

export interface SessionStartResult {
  visitorId: string;
  visitorToken: string;
  conversationId: string;
  messages: ChatMessage[];
  persona: PersonaDisplay;
  theme: Theme;
  locale: Locale;
  site: SiteDisplay;
  /** The person of the dealership answering this conversation now, when one took it over (see `agent:joined`). */
  agent?: AgentJoinedEvent;
}

export interface MessageSendPayload {
  /** A uuid chosen by the client; resending the same one never duplicates the message. */
  clientId: string;
  text: string;
}

export interface MessageSendResult {
  message: ChatMessage;
}

export interface MessageDelta {
  messageId: string;
  delta: string;
}

export interface MessageDone {
  message: ChatMessage;
}

/** Who is typing to the shopper: Cathy, or the person who took the chat over. */
export type TypingRole = 'assistant' | 'agent';

export interface TypingEvent {
  on: boolean;
  /** Servers before live takeover sent no role: read its absence as `assistant`. */
  role?: TypingRole;
}

/**
 * A person of the dealership took the chat over: from now on they answer and Cathy sends nothing, until
 * `agent:left`. The widget says "<name> from <dealer> joined".
 */
export interface AgentJoinedEvent {
  /** The person's first name. */
  name: string;
  avatarUrl?: string;
  /** The dealership's name. */
  dealer: string;
  /** ISO 8601. */
  at: string;
}

/** The person handed the chat back: Cathy answers the next message, knowing what was said meanwhile. */
export interface AgentLeftEvent {
  name: string;
  /** ISO 8601. */
  at: string;
}

/**
 * Cathy's reply with this id will not be finished (a person took the chat over while she wrote it): drop its
 * draft. No `message:done` follows for it.
 */
export interface MessageCancelled {
  messageId: string;
}

/** The shopper is typing (or stopped), for the person who took the chat over. No ack; clients send it at most every few seconds. */
export interface VisitorTypingPayload {
  on: boolean;
}

export interface PageViewPayload {
  url: string;
  title?: string;
}

export interface IdentifyPayload {
  name?: string;
  email?: string;
  phone?: string;
  externalId?: string;
  /** HMAC-SHA256(site identity secret, externalId), hex. */
  userHash?: string;
}

export interface IdentifyResult {
  /** True when `userHash` proved `externalId`. */
  verified: boolean;
}

export interface LeadCapturedEvent {
  leadId: string;
  fields: CapturedFields;
  /**
   * When a person will call back, as Cathy promised it: shortly while the team is in (`open`), otherwise at
   * `opens` (e.g. "tomorrow at 9:00 AM"). Pages thank the shopper with this, not with a promise of their own.
   */
  callback?: TeamHours;
}

export interface MessagesSincePayload {
  /** The last message id the client has; omitted or null means from the start. */
  after?: string | null;
  limit?: number;
}

export interface MessagesSinceResult {
  messages: ChatMessage[];
  hasMore: boolean;
}

export interface OkResult {
  ok: true;
}

export type Ack<T> = (result: AckResult<T>) => void;

export interface ClientToServerEvents {
  'session:start': (payload: SessionStartPayload, ack: Ack<SessionStartResult>) => void;
  'message:send': (payload: MessageSendPayload, ack: Ack<MessageSendResult>) => void;
  'page:view': (payload: PageViewPayload, ack?: Ack<OkResult>) => void;
  'visitor:identify': (payload: IdentifyPayload, ack?: Ack<IdentifyResult>) => void;
  'messages:since': (payload: MessagesSincePayload, ack: Ack<MessagesSinceResult>) => void;
  /** Invalid or too frequent ones are dropped without an answer. */
  typing: (payload: VisitorTypingPayload) => void;
}

export interface ServerToClientEvents {
  'message:delta': (event: MessageDelta) => void;
  'message:done': (event: MessageDone) => void;
  'message:cancelled': (event: MessageCancelled) => void;
  typing: (event: TypingEvent) => void;
  'lead:captured': (event: LeadCapturedEvent) => void;
  'agent:joined': (event: AgentJoinedEvent) => void;
  'agent:left': (event: AgentLeftEvent) => void;
}

/** `POST /v1/sessions` body. */
export interface CreateSessionBody extends SessionStartPayload {
  siteKey: string;
  visitorId?: string;
}

/**
 * `POST /v1/conversations/:id/messages` response. `reply` is absent while a person answers the conversation
 * (their answer comes as an agent message on `GET /v1/conversations/:id/events`). With `Prefer: return=minimal`
 * the server answers 202 with `{ message }` as soon as it is stored, and everything else comes on the events stream.
 */
export interface PostMessageResult {
  message: ChatMessage;
  reply?: ChatMessage;
}

/** `POST /v1/conversations/:id/typing`: `typing` of the socket protocol, for clients on the fallback. */
export type PostTypingBody = VisitorTypingPayload;
