import { handshakeAuthSchema } from '../../sdk/protocol/schemas.js';
import { provenVisitorId } from '../conversation/session-service.js';
import { parseOrThrow, toErrorBody } from '../errors/app-error.js';
import { requestOrigin } from '../security/request-origin.js';
import type { RateLimits } from '../security/rate-limits.js';
import type { VisitorTokens } from '../security/visitor-token.js';
import { siteForVisitor } from '../sites/site-access.js';
import type { Store } from '../store/store.js';
import type { CathySocket } from './socket-types.js';
import { clientIp } from '../security/client-ip.js';
import type { SocketCap } from './socket-cap.js';

type Next = (error?: Error) => void;

/**
 * Refuses the connection for an unknown site key, an origin the site does not allow, or a
 * visitor token that is not the visitor's, and an address that already holds its cap of open sockets. The client sees `connect_error` with `err.data.error`.
 */
export function handshakeMiddleware(deps: { store: Store; tokens: VisitorTokens; limits: RateLimits; cap: SocketCap; trustProxy: boolean }) {
  return async (socket: CathySocket, next: Next) => {
    try {
      const ip = clientIp(socket.handshake.address, socket.handshake.headers, deps.trustProxy);
      await deps.limits.ip(ip);
      const auth = parseOrThrow(handshakeAuthSchema, socket.handshake.auth, 'handshake auth');
      const site = await siteForVisitor(deps.store, auth.siteKey, requestOrigin(socket.handshake.headers));
      const visitorId = provenVisitorId(deps.tokens, site.id, auth.visitorId, auth.visitorToken);
      if (visitorId) Object.assign(socket.data, { visitorId, visitorToken: auth.visitorToken });
      socket.data.site = site;
      socket.data.ip = ip;
      const userAgent = socket.handshake.headers['user-agent'];
      if (userAgent) socket.data.userAgent = userAgent.slice(0, 300);
      deps.cap.claim(socket, ip);
      next();
    } catch (error) {
      const body = toErrorBody(error);
      next(Object.assign(new Error(body.message), { data: { error: body } }));
    }
  };
}
