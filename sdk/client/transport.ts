import type {
  AckResult,
  ErrorBody,
  ErrorResponse,
  HandshakeAuth,
  IdentifyPayload,
  IdentifyResult,
  MessageSendPayload,
  MessageSendResult,
  MessagesSincePayload,
  MessagesSinceResult,
  OkResult,
  PageViewPayload,
  ServerToClientEvents,
  SessionStartPayload,
  SessionStartResult,
} from '../protocol/index.js';

export type TransportKind = 'socket' | 'http';

/** One server push, tagged with its event name. */
export type ServerEvent = {
  [K in keyof ServerToClientEvents]: { name: K; payload: Parameters<ServerToClientEvents[K]>[0] };
}[keyof ServerToClientEvents];

/** Every server push; both transports pass these on as they come. */
export const SERVER_EVENTS: ReadonlyArray<ServerEvent['name']> = [
  'message:delta',
  'message:done',
  'message:cancelled',
  'typing',
  'lead:captured',
  'agent:joined',
  'agent:left',
];

/** How a transport reports what nobody asked it for. */
export interface TransportHooks {
  /** A server push: one of `SERVER_EVENTS`. */
  onEvent(event: ServerEvent): void;
  /**
   * Pushes may have been missed while the connection stayed up (the HTTP fallback's events stream was cut and
   * came back): fill the gap with `since`.
   */
  onGap(): void;
  /** The connection was lost after `open` succeeded. Never called after `close()`. */
  onDown(reason: string): void;
  /** A failure the server reported outside any request, e.g. a reply that broke while streaming. */
  onError(error: ErrorBody): void;
}

export interface OpenRequest {
  auth: HandshakeAuth;
  session: SessionStartPayload;
}

/**
 * `refused`: the server answered and said no (unknown site, origin, token, rate limit) — another
 * transport would hear the same. `unreachable`: no answer at all — the next transport may get through.
 */
export type OpenOutcome =
  | { kind: 'session'; session: SessionStartResult }
  | { kind: 'refused'; error: ErrorBody }
  | { kind: 'unreachable'; reason: string };

/** The HTTP fallback answers a send with Cathy's whole reply when it cannot stream it. */
export type SendResult = MessageSendResult & { reply?: MessageSendResult['message'] };

/**
 * Socket.IO and the HTTP fallback behind one interface, tried in order. Failures are values: a
 * request on a lost connection resolves to `NO_CONNECTION` (and `onDown` fires), never rejects.
 */
export interface Transport {
  readonly kind: TransportKind;
  /** Connects and starts (or resumes) the session. */
  open(request: OpenRequest): Promise<OpenOutcome>;
  send(payload: MessageSendPayload): Promise<AckResult<SendResult>>;
  since(payload: MessagesSincePayload): Promise<AckResult<MessagesSinceResult>>;
  pageView(page: PageViewPayload): Promise<AckResult<OkResult>>;
  identify(payload: IdentifyPayload): Promise<AckResult<IdentifyResult>>;
  /** Tells the person who took the chat over that the visitor types (or stopped); no answer, failures ignored. */
  typing(on: boolean): void;
  close(): void;
}

export type TransportFactory = (kind: TransportKind, hooks: TransportHooks) => Transport;

/** The answer of any request made while the connection is gone; the request is retried on reconnect. */
export const NO_CONNECTION: ErrorResponse = {
  error: { code: 'UNAVAILABLE', message: 'No connection to the chat server.' },
};

export function isNoConnection(result: unknown): boolean {
  return result === NO_CONNECTION;
}
