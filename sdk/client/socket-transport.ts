import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import {
  isErrorResponse,
  NAMESPACE,
  type Ack,
  type AckResult,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '../protocol/index.js';
import { NO_CONNECTION, SERVER_EVENTS, type ServerEvent, type Transport, type TransportHooks } from './transport.js';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type EventName = keyof ClientToServerEvents;
type PayloadOf<E extends EventName> = Parameters<ClientToServerEvents[E]>[0];
type AckOf<E extends EventName> = NonNullable<Parameters<ClientToServerEvents[E]>[1]> extends Ack<infer T> ? T : never;
/** `socket.timeout(ms).emit` with the ack's error-first signature, which the typed API cannot express here. */
type TimedEmit = (event: string, payload: unknown, ack: (error: Error | null, result: unknown) => void) => void;

export interface SocketTransportOptions {
  serverUrl: string;
  /** How long the handshake may take over websocket and then long-polling together. */
  connectTimeoutMs: number;
  /** How long a request waits for its ack before the socket counts as dead. */
  ackTimeoutMs: number;
  /** Passed to socket.io-client. Tests use `extraHeaders` to send the Origin a browser sends by itself. */
  socketOptions?: Partial<ManagerOptions & SocketOptions>;
}

/**
 * Socket.IO on the `/v1` namespace: websocket first, long-polling if websocket fails. Reconnection is
 * off: the connection state machine decides when to retry and whether to fall back to HTTP.
 */
export function createSocketTransport(options: SocketTransportOptions, hooks: TransportHooks): Transport {
  let socket: ClientSocket | null = null;
  let up = false;
  let closed = false;
  let abandon: (() => void) | null = null;

  const emitTimed = <E extends EventName>(target: ClientSocket, event: E, payload: PayloadOf<E>) =>
    new Promise<AckResult<AckOf<E>> | Error>((resolve) => {
      (target.timeout(options.ackTimeoutMs).emit as unknown as TimedEmit)(event, payload, (error, result) =>
        resolve(error ?? (result as AckResult<AckOf<E>>)),
      );
    });

  const lost = (reason: string) => {
    if (!up || closed) return;
    up = false;
    socket?.close();
    hooks.onDown(reason);
  };

  const request = async <E extends EventName>(event: E, payload: PayloadOf<E>): Promise<AckResult<AckOf<E>>> => {
    if (!socket || !up) return NO_CONNECTION;
    if (!socket.connected) {
      lost('disconnected');
      return NO_CONNECTION;
    }
    const result = await emitTimed(socket, event, payload);
    if (result instanceof Error) {
      // No ack in time: mobile browsers keep dead sockets looking connected.
      lost(`no ack for ${event}`);
      return NO_CONNECTION;
    }
    return result;
  };

  return {
    kind: 'socket',
    open(request) {
      return new Promise((resolve) => {
        abandon = () => resolve({ kind: 'unreachable', reason: 'closed' });
        const target: ClientSocket = io(`${options.serverUrl.replace(/\/+$/, '')}${NAMESPACE}`, {
          transports: ['websocket', 'polling'],
          tryAllTransports: true,
          reconnection: false,
          forceNew: true,
          timeout: options.connectTimeoutMs,
          ...options.socketOptions,
          auth: { ...request.auth },
        });
        socket = target;
        target.once('connect_error', (error: Error & { data?: unknown }) => {
          target.close();
          resolve(isErrorResponse(error.data) ? { kind: 'refused', error: error.data.error } : { kind: 'unreachable', reason: error.message });
        });
        // A middlebox that completes the websocket upgrade and then cuts it closes the engine without a
        // connect_error: Socket.IO would sit out its whole connect timeout before we could fall back.
        // A server refusal also closes the engine, just before its connect_error: the microtask lets that win.
        target.io.engine.once('close', (reason: string) =>
          queueMicrotask(() => {
            if (target.connected) return;
            target.close();
            resolve({ kind: 'unreachable', reason });
          }),
        );
        target.once('connect', async () => {
          const result = await emitTimed(target, 'session:start', request.session);
          if (closed || result instanceof Error || isErrorResponse(result)) {
            target.close();
            if (isErrorResponse(result)) resolve({ kind: 'refused', error: result.error });
            else resolve({ kind: 'unreachable', reason: closed ? 'closed' : 'no session:start ack' });
            return;
          }
          up = true;
          for (const name of SERVER_EVENTS) target.on(name, (payload: unknown) => hooks.onEvent({ name, payload } as ServerEvent));
          target.on('disconnect', (reason) => lost(reason));
          resolve({ kind: 'session', session: result });
        });
      });
    },
    send: (payload) => request('message:send', payload),
    since: (payload) => request('messages:since', payload),
    pageView: (payload) => request('page:view', payload),
    identify: (payload) => request('visitor:identify', payload),
    typing(on) {
      if (up && socket?.connected) socket.emit('typing', { on });
    },
    close() {
      closed = true;
      up = false;
      socket?.off();
      socket?.close();
      abandon?.();
    },
  };
}
