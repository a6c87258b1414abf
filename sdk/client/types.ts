import type {
  AgentJoinedEvent,
  AgentLeftEvent,
  ChatMessage,
  ErrorBody,
  IdentifyPayload,
  IdentifyResult,
  LeadCapturedEvent,
  Locale,
  PageViewPayload,
  PersonaDisplay,
  SiteDisplay,
  Theme,
  TypingRole,
  Utm,
} from '../protocol/index.js';

/**
 * - `idle`: created, `start()` not called yet; or stopped after a refusal no retry can fix (unknown site
 *   key, origin not allowed), which the `error` event explained.
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
  /** Someone is typing to the visitor: `typingRole` says who. */
  typing: boolean;
  /** While `typing`: `assistant` (Cathy) or `agent` (the person in `agent`). */
  typingRole?: TypingRole;
  /** The person of the dealership answering the chat now, from the session or `agent:joined`; absent while Cathy answers. */
  agent?: AgentJoinedEvent;
  /** The server's persona display; page overrides are applied by the UI, not here. */
  persona: PersonaDisplay | null;
  theme: Theme;
  locale: Locale;
  /** Whether the chat panel is open; persisted so it survives navigation. */
  open: boolean;
  /** Latest `lead:captured` of this visitor. */
  lead: LeadCapturedEvent | null;
  /** The dealership as the session describes it (name, privacy policy, the team's hours); null before it. */
  site: SiteDisplay | null;
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

/** `typing`: who is typing to the visitor, and whether they started or stopped. */
export interface TypingEvent {
  on: boolean;
  role: TypingRole;
}

/**
 * `agent`: a person of the dealership took the chat over (`joined`: from now on they answer, Cathy is silent) or
 * handed it back (`left`: Cathy answers the next message). Also fires when a reconnect finds the chat changed hands.
 */
export type AgentEvent = ({ kind: 'joined' } & AgentJoinedEvent) | ({ kind: 'left' } & AgentLeftEvent);

/** `cancelled`: a reply that streamed will not be finished (a person took the chat over); drop what was shown of it. */
export interface CancelledEvent {
  messageId: string;
}

export interface PhoneEvent {
  leadId: string;
  /** As the server shows it to the visitor (masked or national format). */
  phone: string;
}

/**
 * Typed events of the client (and of the SDK, which re-emits them).
 *
 * @example
 * ```ts
 * const off = client.on('delta', ({ text }) => (bubble.textContent = text));
 * client.on('connection', ({ status }) => banner.toggleAttribute('hidden', status === 'online' || status === 'http'));
 * off();
 * ```
 */
export interface ClientEvents {
  ready: ReadyEvent;
  open: void;
  close: void;
  /** A confirmed message, the visitor's, Cathy's or a person's, once per id. The history that comes with `ready` is not repeated here. */
  message: ChatMessage;
  delta: DeltaEvent;
  cancelled: CancelledEvent;
  typing: TypingEvent;
  agent: AgentEvent;
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

/**
 * Options of `createClient`. Wrong values throw at once with "[Cathy] Failed to …".
 *
 * @example
 * ```ts
 * createClient({ siteKey: 'pk_demo', serverUrl: 'https://chat.example.com', locale: 'es', persistence: 'memory' });
 * ```
 */
export interface ClientOptions {
  /** The site's public key, `pk_…`. */
  siteKey: string;
  /** The conversation server's origin, e.g. `https://chat.example.com`. */
  serverUrl: string;
  locale?: Locale;
  /** Open the panel for a visitor who has not opened or closed it yet; their own choice is remembered and wins. */
  open?: boolean;
  persistence?: PersistenceMode;
  /**
   * Transports to try, in order; default `['socket', 'http']`. `socket` is Socket.IO (websocket, then
   * long-polling); `http` is the plain HTTP fallback. While on a later one the first is retried with backoff.
   */
  transports?: Array<'socket' | 'http'>;
  /** Page context override; default: `location`, `document.title`, `document.referrer`, UTM from the URL. */
  page?: PageViewPayload & { referrer?: string; utm?: Utm };
}

/**
 * The headless chat client: one snapshot to render, typed events, and the visitor's actions.
 *
 * @example
 * ```ts
 * const client = createClient({ siteKey: 'pk_demo', serverUrl: 'https://chat.example.com' });
 * client.on('change', (s) => render(s.messages, s.pending, s.streaming, s.status));
 * await client.start();
 * const pending = client.send('Do you have a used CR-V?');
 * client.on('change', (s) => s.pending.find((p) => p.clientId === pending.clientId)?.status === 'failed' && client.retry(pending.clientId));
 * ```
 */
export interface CathyClient {
  /**
   * Connects and starts (or resumes) the session. Safe to call twice. Resolves once the first
   * attempt is over (ready, or retrying in the background); never rejects: failures are events.
   */
  start(): Promise<void>;
  snapshot(): ClientSnapshot;
  /**
   * Queues a visitor message and sends it as soon as a transport is up. Returns the pending entry;
   * empty or over-long text throws at once (misuse), network failures are values on the entry.
   * Starts the client if `start()` was not called yet.
   */
  send(text: string): PendingMessage;
  /** Resends a failed message with its original clientId. */
  retry(clientId: string): void;
  /**
   * The visitor is typing (`true`, on every keystroke) or stopped (`false`, e.g. the input was emptied), for the
   * person who took the chat over; nothing is sent while Cathy answers. At most one `true` goes out every 3 s;
   * `false` goes out after 4 s without a call, and when a message is sent.
   */
  sendTyping(on: boolean): void;
  /** Waits for a session if there is none yet; rejects with "[Cathy] Failed to identify…" (and an `error` event) when the server refuses the fields. */
  identify(payload: IdentifyPayload): Promise<IdentifyResult>;
  /**
   * Reports a page view; called by the client itself on SPA navigation (the landing page goes with
   * the session start). Without an argument, reads the current page. The same URL twice in a row is reported once.
   */
  pageView(page?: PageViewPayload): void;
  open(): void;
  close(): void;
  toggle(): void;
  on<K extends ClientEventName>(event: K, listener: ClientListener<K>): () => void;
  /** Disconnects, removes listeners and history hooks; the persisted visitor stays. */
  destroy(): void;
}
