import type { BackoffOptions } from '../common/backoff.js';

/** Every delay the client uses; tests shorten them. */
export interface ClientTiming {
  /** Socket.IO handshake over websocket, then long-polling. */
  connectTimeoutMs: number;
  /** A socket request without its ack after this means a dead socket. */
  ackTimeoutMs: number;
  /** HTTP fallback: until response headers. */
  httpTimeoutMs: number;
  /** Reconnecting after the connection is lost. */
  retry: BackoffOptions;
  /** Trying Socket.IO again while on the HTTP fallback. */
  probe: BackoffOptions;
  /** Resending a message the server answered with an error. */
  sendRetry: BackoffOptions;
  maxSendAttempts: number;
}

export const DEFAULT_TIMING: ClientTiming = {
  connectTimeoutMs: 10_000,
  ackTimeoutMs: 10_000,
  httpTimeoutMs: 15_000,
  retry: { baseMs: 1_000, maxMs: 30_000 },
  probe: { baseMs: 15_000, maxMs: 5 * 60_000 },
  sendRetry: { baseMs: 1_000, maxMs: 15_000 },
  maxSendAttempts: 5,
};
