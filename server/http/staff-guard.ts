import type { RequestHandler, Response } from 'express';
import { CSRF_HEADER } from '../../sdk/protocol/index.js';
import { AppError } from '../errors/app-error.js';
import { sameToken } from '../security/opaque-token.js';
import type { StaffPrincipal } from '../staff/staff-principal.js';
import type { StaffSessions } from '../staff/staff-sessions.js';
import { STATE_CHANGING, assertStaffOrigin } from './staff-origin.js';

/**
 * Lets through only requests with a live staff session (401 UNAUTHORIZED otherwise); a POST, PUT, PATCH or
 * DELETE also needs the session's CSRF token in `x-csrf-token` and, when the browser sent one, an `Origin` equal
 * to PUBLIC_URL's (403 CSRF_INVALID otherwise). The principal goes on `res.locals.staff`; read it with `staffOf`.
 * app.ts mounts it once on `/v1/staff` after the routes that need no session: every staff route mounted after
 * it is behind it.
 *
 * @example
 * app.use('/v1/staff', staffGuard(sessions, { publicUrl: config.publicUrl }));
 * router.get('/v1/staff/me', (_req, res) => res.json(staffOf(res).email));
 */
export function staffGuard(sessions: StaffSessions, options: { publicUrl: string }): RequestHandler {
  const publicOrigin = new URL(options.publicUrl).origin;
  return async (req, res, next) => {
    const principal = await sessions.resolve(req.headers.cookie);
    if (!principal) throw new AppError('UNAUTHORIZED', 'Sign in to the workspace first.');
    if (STATE_CHANGING.has(req.method)) {
      assertStaffOrigin(req, publicOrigin);
      const given = req.get(CSRF_HEADER);
      if (!given || !sameToken(given, principal.csrfToken)) {
        throw new AppError('CSRF_INVALID', `Missing or wrong ${CSRF_HEADER} header: send the csrfToken from GET /v1/staff/me.`);
      }
    }
    res.locals.staff = principal;
    next();
  };
}

/** The signed-in person of a request that passed `staffGuard`. */
export function staffOf(res: Response): StaffPrincipal {
  const principal = res.locals.staff as StaffPrincipal | undefined;
  if (!principal) throw new Error('[Cathy] Failed to read the staff member: the route is not behind staffGuard. Mount it after the guard in app.ts.');
  return principal;
}
