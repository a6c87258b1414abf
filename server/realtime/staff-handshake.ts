import { toErrorBody, AppError } from '../errors/app-error.js';
import { clientIp } from '../security/client-ip.js';
import type { RateLimits } from '../security/rate-limits.js';
import type { StaffSessions } from '../staff/staff-sessions.js';
import type { StaffSocket } from './staff-socket-types.js';

type Next = (error?: Error) => void;

/**
 * Lets in a staff socket only from the workspace's own origin and with a live session cookie. A browser sends
 * `Origin` on every WebSocket and cross-origin request; a same-origin long-polling GET may carry none, and then
 * `Sec-Fetch-Site: same-origin` (which no page can forge) stands for it. Another site's page could otherwise
 * ride the cookie (cross-site WebSocket hijacking). Refusals arrive as `connect_error` with `err.data.error`.
 */
export function staffHandshake(deps: { sessions: StaffSessions; publicUrl: string; limits: RateLimits; trustProxy: boolean }) {
  const publicOrigin = new URL(deps.publicUrl).origin;
  return async (socket: StaffSocket, next: Next) => {
    try {
      const ip = clientIp(socket.handshake.address, socket.handshake.headers, deps.trustProxy);
      await deps.limits.ip(ip);
      const { origin, cookie } = socket.handshake.headers;
      const sameOrigin = origin === undefined ? socket.handshake.headers['sec-fetch-site'] === 'same-origin' : origin === publicOrigin;
      if (!sameOrigin) throw new AppError('CSRF_INVALID', `The staff socket accepts only pages of ${publicOrigin}.`);
      const principal = await deps.sessions.resolve(cookie);
      if (!principal) throw new AppError('UNAUTHORIZED', 'Sign in to the workspace first.');
      Object.assign(socket.data, { principal, ip, cookie });
      next();
    } catch (error) {
      const body = toErrorBody(error);
      next(Object.assign(new Error(body.message), { data: { error: body } }));
    }
  };
}
