import type {
  ChatMessage,
  ErrorBody,
  IdentifyPayload,
  IdentifyResult,
  LeadCapturedEvent,
  Locale,
  PageViewPayload,
  PersonaDisplay,
  Theme,
  Utm,
} from '../protocol/index.js';

/**
 * - `idle`: created, `start()` not called yet.
 * - `connecting`: first connection attempt (socket first, then HTTP).
 * - `online`: Socket.IO connected (websocket or long-polling).
 * - `http`: Socket.IO could not connect; the plain HTTP fallback carries the conversation.
 * - `reconnecting`: the connection dropped; retrying with backoff.
 * - `offline`: the browser reports no network; sends are queued.
 */
export type ConnectionStatus = 'idle' | 'connecting' | 'online' | 'http' | 'reconnecting' | 'offline';

/** A visitor message not confirmed by the server yet. */
export interface PendingMessage {
  clientId: string;
  text: string;
  /** ISO 8601, when the visitor sent it. */
  createdAt: string;
  /** `queued`: waiting for a connection; `sending`: awaiting the ack; `failed`: gave up, `retry()` resends. */
  status: 'queued' | 'sending' | 'failed';
  error?: ErrorBody;
}

/** Cathy's reply while it streams; replaced by the final message on `message:done`. */
export interface StreamingReply {
  messageId: string;
  text: string;
}

/** Everything a UI needs to render, as one immutable value; a new object on every change. */
export interface ClientSnapshot {
  status: ConnectionStatus;
  /** True once a session exists (first `session:start` or `POST /v1/sessions` answered). */
  ready: boolean;
  visitorId?: string;
  conversationId?: string;
  /** Confirmed messages in store order, de-duplicated by id. */
  messages: ChatMessage[];
  pending: PendingMessage[];
  streaming: StreamingReply | null;
  typing: boolean;
  /** The server's persona display; page overrides are applied by the UI, not here. */
  persona: PersonaDisplay | null;
  theme: Theme;
  locale: Locale;
  /** Whether the chat panel is open; persisted so it survives navigation. */
  open: boolean;
  /** Latest `lead:captured` of this visitor. */
  lead: LeadCapturedEvent | null;
}

export interface ReadyEvent {
  visitorId: string;
  conversationId: string;
  messages: ChatMessage[];
  persona: PersonaDisplay;
  theme: Theme;
  locale: Locale;
}

export interface DeltaEvent {
  messageId: string;
  delta: string;
  /** The reply's text so far. */
  text: string;
}

export interface PhoneEvent {
  leadId: string;
  /** As the server shows it to the visitor (masked or national format). */
  phone: string;
}

/** Typed events of the client (and of the SDK, which re-emits them). */
export interface ClientEvents {
  ready: ReadyEvent;
  open: void;
  close: void;
  /** A confirmed message, visitor's or Cathy's, once per id. */
  message: ChatMessage;
  delta: DeltaEvent;
  typing: { on: boolean };
  lead: LeadCapturedEvent;
  /** The first time (and whenever) the visitor's lead gets a phone number. */
  phone: PhoneEvent;
  connection: { status: ConnectionStatus };
  error: ErrorBody;
  /** Any change to the snapshot; UIs subscribe to this one. */
  change: ClientSnapshot;
}

export type ClientEventName = keyof ClientEvents;
export type ClientListener<K extends ClientEventName> = (payload: ClientEvents[K]) => void;

/** Where the visitor id, token and open state are kept. `auto`: localStorage, then a first-party cookie, then memory. */
export type PersistenceMode = 'auto' | 'memory';

export interface ClientOptions {
  /** The site's public key, `pk_…`. */
  siteKey: string;
  /** The conversation server's origin, e.g. `https://chat.example.com`. */
  serverUrl: string;
  locale?: Locale;
  persistence?: PersistenceMode;
  /** Transports to try, in order; default `['socket', 'http']`. */
  transports?: Array<'socket' | 'http'>;
  /** Page context override; default: `location`, `document.title`, `document.referrer`, UTM from the URL. */
  page?: PageViewPayload & { referrer?: string; utm?: Utm };
}

export interface CathyClient {
  /** Connects and starts (or resumes) the session. Safe to call twice. */
  start(): Promise<void>;
  snapshot(): ClientSnapshot;
  /**
   * Queues a visitor message and sends it as soon as a transport is up. Returns the pending entry;
   * empty or over-long text throws at once (misuse), network failures are values on the entry.
   */
  send(text: string): PendingMessage;
  /** Resends a failed message with its original clientId. */
  retry(clientId: string): void;
  identify(payload: IdentifyPayload): Promise<IdentifyResult>;
  /** Reports a page view; called by the client itself on load and on SPA navigation. */
  pageView(page?: PageViewPayload): void;
  open(): void;
  close(): void;
  toggle(): void;
  on<K extends ClientEventName>(event: K, listener: ClientListener<K>): () => void;
  /** Disconnects, removes listeners and history hooks; the persisted visitor stays. */
  destroy(): void;
}
