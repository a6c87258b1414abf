import type { RequestHandler } from 'express';
import { clientIp } from '../security/client-ip.js';
import type { RateLimits } from '../security/rate-limits.js';

/**
 * In front of every `/v1/staff/…` route: answers are one person's view, never to be cached; and each request
 * counts against the per-address limit the staff socket's events count against (`RATE_LIMIT_IP_PER_MINUTE`), so
 * a stolen or runaway session cannot hammer the inbox search (RATE_LIMITED with `retryAfter` beyond it).
 */
export function staffRequests(deps: { limits: RateLimits; trustProxy: boolean }): RequestHandler {
  return async (req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    await deps.limits.ip(clientIp(req.socket.remoteAddress ?? '', req.headers, deps.trustProxy));
    next();
  };
}
