import { Router, type Request } from 'express';
import { AppError, parseOrThrow } from '../errors/app-error.js';
import { clientIp } from '../security/client-ip.js';
import type { createSignIn } from '../staff/sign-in.js';
import { staffMe } from '../staff/staff-accounts.js';
import { signInSchema } from '../staff/staff-input.js';
import type { StaffSessionControl } from '../staff/staff-sessions.js';
import type { Store } from '../store/store.js';
import { clearStaffCookie, setStaffCookie } from './staff-cookie.js';
import { staffOf } from './staff-guard.js';
import { assertStaffOrigin } from './staff-origin.js';

export interface StaffAuthDeps {
  store: Store;
  sessions: StaffSessionControl;
  signIn: ReturnType<typeof createSignIn>;
  publicUrl: string;
  trustProxy: boolean;
}

/**
 * The staff routes that need no session: sign-in (and, in staff-link-routes.ts, the emailed links). They check
 * `Origin` like the guard does, so another site cannot sign a browser in to an account of its choosing.
 */
export function staffSignInRoutes(deps: StaffAuthDeps): Router {
  const router = Router();
  const publicOrigin = new URL(deps.publicUrl).origin;
  const ip = (req: Request) => clientIp(req.socket.remoteAddress ?? '', req.headers, deps.trustProxy);

  router.post('/v1/staff/auth/sign-in', async (req, res) => {
    assertStaffOrigin(req, publicOrigin);
    const body = parseOrThrow(signInSchema, req.body, 'sign-in');
    const signedIn = await deps.signIn(body, ip(req));
    setStaffCookie(res, signedIn.token, deps.publicUrl);
    res.json(await staffMe(deps.store, signedIn.staff, signedIn.csrfToken));
  });

  return router;
}

/** The signed-in person's own session: who am I, sign out, sign out everywhere. Mounted behind `staffGuard`. */
export function staffSessionRoutes(deps: Pick<StaffAuthDeps, 'store' | 'sessions' | 'publicUrl'>): Router {
  const router = Router();

  router.get('/v1/staff/me', async (_req, res) => {
    const principal = staffOf(res);
    const staff = await deps.store.staff.byId(principal.staffId);
    if (!staff) throw new AppError('UNAUTHORIZED', 'Sign in to the workspace first.');
    res.json(await staffMe(deps.store, staff, principal.csrfToken));
  });

  router.post('/v1/staff/auth/sign-out', async (_req, res) => {
    const { staffId, sessionId } = staffOf(res);
    await deps.sessions.end(staffId, [sessionId], 'signed_out');
    clearStaffCookie(res, deps.publicUrl);
    res.status(204).end();
  });

  router.post('/v1/staff/auth/sign-out-everywhere', async (_req, res) => {
    await deps.sessions.end(staffOf(res).staffId, 'all', 'signed_out');
    clearStaffCookie(res, deps.publicUrl);
    res.status(204).end();
  });

  return router;
}
