import type { Namespace, Server, Socket } from 'socket.io';
import type { AckResult, ClientToServerEvents, ServerToClientEvents } from '../../sdk/protocol/index.js';
import type { SiteRecord } from '../store/records.js';

export interface SocketData {
  site: SiteRecord;
  ip: string;
  userAgent?: string;
  /** From a valid handshake token; session:start reuses it. */
  visitorId?: string;
  visitorToken?: string;
  conversationId?: string;
}

/** One process serves the namespace; servers send each other nothing. */
export type InterServerEvents = Record<string, never>;

export type CathyServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type CathyNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type CathySocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export type ClientEventName = keyof ClientToServerEvents;
/** What a client sends with `E`, as `sdk/protocol` declares it. */
export type PayloadOf<E extends ClientEventName> = Parameters<ClientToServerEvents[E]>[0];
/** What the server acknowledges `E` with when it succeeds, as `sdk/protocol` declares it. */
export type ResultOf<E extends ClientEventName> =
  NonNullable<Parameters<ClientToServerEvents[E]>[1]> extends (result: AckResult<infer T>) => void ? T : never;

export const conversationRoom = (conversationId: string) => `conversation:${conversationId}`;
