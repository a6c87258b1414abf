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

export interface TypingEvent {
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
}

export interface ServerToClientEvents {
  'message:delta': (event: MessageDelta) => void;
  'message:done': (event: MessageDone) => void;
  typing: (event: TypingEvent) => void;
  'lead:captured': (event: LeadCapturedEvent) => void;
}

/** `POST /v1/sessions` body. */
export interface CreateSessionBody extends SessionStartPayload {
  siteKey: string;
  visitorId?: string;
}

/** `POST /v1/conversations/:id/messages` response. */
export interface PostMessageResult {
  message: ChatMessage;
  reply: ChatMessage;
}
