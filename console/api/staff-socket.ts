import { io, type Socket } from 'socket.io-client';
import {
  isErrorResponse,
  type PresenceStatus,
  type StaffClientToServerEvents,
  type StaffServerToClientEvents,
} from '../../sdk/protocol/index.js';

export type StaffEvent = keyof StaffServerToClientEvents;

/** What the console needs of the staff socket; tests give a fake with the same shape. */
export interface StaffSocket {
  on<E extends StaffEvent>(event: E, listener: StaffServerToClientEvents[E]): () => void;
  /** Called after a reconnect, when pushes may have been missed. */
  onReconnect(listener: () => void): () => void;
  /**
   * Resolves once the server streams the conversation to this socket (at once while disconnected: the next connect
   * asks for it); rejects with the server's refusal.
   */
  watch(conversationId: string): Promise<void>;
  unwatch(conversationId: string): void;
  /** Tells the shopper the holder is typing (or stopped); dropped while disconnected, since it is stale by then. */
  typing(conversationId: string, on: boolean): void;
  /** Online or away; kept and sent again on every reconnect (the server forgets a socket that left). */
  presence(status: PresenceStatus): void;
  close(): void;
}

/**
 * Connects to the staff namespace `/v1/staff` on this origin (or `origin`); the session cookie authenticates it.
 * After a reconnect it watches again the conversations it watched and says again whether its person is online.
 *
 * @example
 * const socket = connectStaffSocket();
 * socket.on('inbox:item', (item) => inbox.upsert(item));
 */
export function connectStaffSocket(origin = ''): StaffSocket {
  const socket: Socket<StaffServerToClientEvents, StaffClientToServerEvents> = io(`${origin}/v1/staff`, {
    transports: ['websocket', 'polling'],
    withCredentials: true,
  });
  const watched = new Set<string>();
  const reconnectListeners = new Set<() => void>();
  let connectedOnce = false;
  let status: PresenceStatus | undefined;
  const emitWatch = (conversationId: string) =>
    new Promise<void>((resolve, reject) => {
      socket.emit('conversation:watch', { conversationId }, (result) => (isErrorResponse(result) ? reject(new Error(result.error.code)) : resolve()));
    });
  socket.on('connect', () => {
    for (const id of watched) emitWatch(id).catch(() => watched.delete(id));
    if (status) socket.emit('presence:set', { status });
    if (connectedOnce) for (const listener of reconnectListeners) listener();
    connectedOnce = true;
  });
  return {
    on(event, listener) {
      // socket.io's typed `on` cannot follow a generic event name through its overloads.
      const typed = socket as unknown as { on(e: string, l: unknown): void; off(e: string, l: unknown): void };
      typed.on(event, listener);
      return () => typed.off(event, listener);
    },
    onReconnect(listener) {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
    async watch(conversationId) {
      watched.add(conversationId);
      // Offline, the next connect watches it (and the reconnect listeners fetch what was missed).
      if (socket.connected) await emitWatch(conversationId);
    },
    unwatch(conversationId) {
      watched.delete(conversationId);
      socket.emit('conversation:unwatch', { conversationId });
    },
    typing(conversationId, on) {
      socket.volatile.emit('conversation:typing', { conversationId, on });
    },
    presence(next) {
      status = next;
      if (socket.connected) socket.emit('presence:set', { status: next });
    },
    close: () => socket.close(),
  };
}
