import type { Namespace, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../sdk/protocol/index.js';
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

export type CathyNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type CathySocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export const conversationRoom = (conversationId: string) => `conversation:${conversationId}`;
