import type { Namespace, Socket } from 'socket.io';
import type { StaffClientToServerEvents, StaffServerToClientEvents } from '../../sdk/protocol/index.js';
import type { StaffPrincipal } from '../staff/staff-principal.js';

/** The staff namespace's path (docs/staff-api.md, "Live updates"). */
export const STAFF_NAMESPACE = '/v1/staff';

export interface StaffSocketData {
  /** Who the session cookie proved at the handshake; a session that ends disconnects the socket. */
  principal: StaffPrincipal;
  /** The Cookie header of the handshake, with which the session is proved again while the socket lives. */
  cookie?: string;
  /** The client's address, for the per-address limit every event counts against. */
  ip: string;
}

export type StaffNamespace = Namespace<StaffClientToServerEvents, StaffServerToClientEvents, Record<string, never>, StaffSocketData>;
export type StaffSocket = Socket<StaffClientToServerEvents, StaffServerToClientEvents, Record<string, never>, StaffSocketData>;

/** Every staff member of the site: inbox rows. */
export const staffSiteRoom = (siteId: string) => `staff-site:${siteId}`;
/** The sockets watching one conversation: its messages, deltas, lead and notes. */
export const staffWatchRoom = (conversationId: string) => `staff-conversation:${conversationId}`;
