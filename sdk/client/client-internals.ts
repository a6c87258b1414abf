import type { ClientTiming } from './client-timing.js';
import type { ResolvedOptions } from './client-options.js';
import { createHttpTransport } from './http-transport.js';
import { createSocketTransport, type SocketTransportOptions } from './socket-transport.js';
import type { TransportFactory } from './transport.js';

/** What tests and other environments replace; the public entry passes none of it. */
export interface ClientInternals {
  /** The page's window; `null` runs without one (no storage, navigation or network signals). */
  window?: Window | null;
  createTransport?: TransportFactory;
  /** For socket.io-client, e.g. `extraHeaders` with the Origin a browser would send. */
  socketOptions?: SocketTransportOptions['socketOptions'];
  fetch?: typeof fetch;
  timing?: Partial<ClientTiming>;
}

/** The page's window, read when a client is created (never at import): absent during SSR. */
export function pageWindow(internals: ClientInternals): Window | undefined {
  if (internals.window !== undefined) return internals.window ?? undefined;
  return typeof window === 'undefined' ? undefined : window;
}

/** Socket.IO and the HTTP fallback, as the connection creates them for each attempt. */
export function defaultTransports(config: ResolvedOptions, timing: ClientTiming, internals: ClientInternals): TransportFactory {
  return (kind, hooks) =>
    kind === 'socket'
      ? createSocketTransport(
          { serverUrl: config.serverUrl, connectTimeoutMs: timing.connectTimeoutMs, ackTimeoutMs: timing.ackTimeoutMs, socketOptions: internals.socketOptions },
          hooks,
        )
      : createHttpTransport({ serverUrl: config.serverUrl, timeoutMs: timing.httpTimeoutMs, retry: timing.retry, fetch: internals.fetch }, hooks);
}
