import { AppError } from '../errors/app-error.js';
import type { CathySocket } from './socket-types.js';

/** How long a refused client is asked to wait before trying again. */
const RETRY_AFTER_S = 30;

export interface SocketCap {
  /** Counts the socket against its address until it disconnects, or throws RATE_LIMITED when the address is full. */
  claim(socket: CathySocket, ip: string): void;
  /** Open sockets held by an address. */
  held(ip: string): number;
}

/** Caps the visitor sockets one address holds open at once; the rate limit alone lets one host pile up thousands. */
export function createSocketCap(max: number): SocketCap {
  const open = new Map<string, number>();
  return {
    claim(socket, ip) {
      const held = open.get(ip) ?? 0;
      if (held >= max) {
        throw new AppError(
          'RATE_LIMITED',
          `This address already holds ${max} open connections, the most allowed. Close other chat windows or try again in ${RETRY_AFTER_S} s.`,
          undefined,
          RETRY_AFTER_S,
        );
      }
      open.set(ip, held + 1);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        const left = (open.get(ip) ?? 1) - 1;
        if (left > 0) open.set(ip, left);
        else open.delete(ip);
      };
      // A connection that closes while the handshake finishes never emits `disconnect`; its transport still closes.
      socket.once('disconnect', release);
      socket.conn.once('close', release);
    },
    held: (ip) => open.get(ip) ?? 0,
  };
}
