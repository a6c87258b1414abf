import { Router, type Request, type Response } from 'express';
import { AppError, parseOrThrow } from '../errors/app-error.js';
import { clientIp } from '../security/client-ip.js';
import { acceptInvitation } from '../staff/invitations.js';
import { requestReset, resetPassword } from '../staff/password-reset.js';
import type { createSignIn, SignedIn } from '../staff/sign-in.js';
import { staffMe } from '../staff/staff-accounts.js';
import type { StaffDeps } from '../staff/staff-deps.js';
import { acceptInvitationSchema, requestResetSchema, resetPasswordSchema, signInSchema } from '../staff/staff-input.js';
import { profileBody } from './handoff-params.js';
import { clearStaffCookie, setStaffCookie } from './staff-cookie.js';
import { staffOf } from './staff-guard.js';
import { assertStaffOrigin } from './staff-origin.js';

export interface StaffAuthDeps extends StaffDeps {
  signIn: ReturnType<typeof createSignIn>;
  trustProxy: boolean;
}

/**
 * The staff routes that need no session: sign-in and the emailed links. They check `Origin` like the guard does,
 * so another site cannot sign a browser in to an account of its choosing.
 */
export function staffSignInRoutes(deps: StaffAuthDeps): Router {
  const router = Router();
  const publicOrigin = new URL(deps.publicUrl).origin;
  const ip = (req: Request) => clientIp(req.socket.remoteAddress ?? '', req.headers, deps.trustProxy);
  const answer = async (res: Response, signedIn: SignedIn) => {
    setStaffCookie(res, signedIn.token, deps.publicUrl);
    res.json(await staffMe(deps.store, signedIn.staff, signedIn.csrfToken));
  };
  router.use('/v1/staff/auth', (req, _res, next) => {
    assertStaffOrigin(req, publicOrigin);
    next();
  });

  router.post('/v1/staff/auth/sign-in', async (req, res) => {
    const body = parseOrThrow(signInSchema, req.body, 'sign-in');
    await answer(res, await deps.signIn(body, ip(req)));
  });

  router.post('/v1/staff/auth/accept-invitation', async (req, res) => {
    await answer(res, await acceptInvitation(deps, parseOrThrow(acceptInvitationSchema, req.body, 'invitation')));
  });

  router.post('/v1/staff/auth/request-reset', async (req, res) => {
    const { email } = parseOrThrow(requestResetSchema, req.body, 'reset request');
    // Counted with sign-ins, so the route cannot be used to flood an inbox or to probe addresses fast.
    await deps.limits.attempt(ip(req));
    // Answered before the work, so the time taken does not tell whether the address has an account.
    res.status(202).json({ ok: true });
    await requestReset(deps, email).catch((error: unknown) => deps.logger.error({ err: error, email }, 'could not send a password reset link'));
  });

  router.post('/v1/staff/auth/reset', async (req, res) => {
    await answer(res, await resetPassword(deps, parseOrThrow(resetPasswordSchema, req.body, 'password reset')));
  });

  return router;
}

/** The signed-in person's own session: who am I, how shoppers see me, sign out, sign out everywhere. Mounted behind `staffGuard`. */
export function staffSessionRoutes(deps: Pick<StaffDeps, 'store' | 'sessions' | 'publicUrl' | 'now'>): Router {
  const router = Router();

  router.get('/v1/staff/me', async (_req, res) => {
    const principal = staffOf(res);
    const staff = await deps.store.staff.byId(principal.staffId);
    if (!staff) throw new AppError('UNAUTHORIZED', 'Sign in to the workspace first.');
    res.json(await staffMe(deps.store, staff, principal.csrfToken));
  });

  router.patch('/v1/staff/me', async (req, res) => {
    const principal = staffOf(res);
    const { name, avatarUrl } = parseOrThrow(profileBody, req.body, 'profile');
    const staff = await deps.store.staff.update(principal.staffId, {
      ...(name !== undefined && { name }),
      // null removes the picture: a patch key set to undefined unsets the field.
      ...(avatarUrl !== undefined && { avatarUrl: avatarUrl ?? undefined }),
      updatedAt: deps.now(),
    });
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
