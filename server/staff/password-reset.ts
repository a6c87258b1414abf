import type { ResetPasswordBody } from '../../sdk/protocol/index.js';
import { AppError } from '../errors/app-error.js';
import { hashOpaqueToken } from '../security/opaque-token.js';
import { hashPassword } from '../security/password.js';
import { LINK_EXPIRED_MESSAGE } from './invitations.js';
import type { SignedIn } from './sign-in.js';
import type { StaffDeps } from './staff-deps.js';
import { issueLink, queueStaffMail } from './staff-links.js';

/**
 * Emails a reset link (one-time, 60 minutes) when the email belongs to a person who can sign in; does nothing
 * otherwise, and the caller answers the same either way. A new link replaces the person's earlier ones.
 */
export async function requestReset(deps: StaffDeps, email: string): Promise<void> {
  const staff = await deps.store.staff.byEmail(email);
  const first = staff?.memberships[0];
  if (!staff?.passwordHash || !first) return;
  const site = await deps.store.sites.byId(first.siteId);
  if (!site) return;
  const now = deps.now();
  await deps.store.staffLinks.revoke(staff.id, 'reset', now);
  const { url, expiresAt } = await issueLink(deps.store, { kind: 'reset', staffId: staff.id, publicUrl: deps.publicUrl, now });
  await queueStaffMail(deps.store, { event: 'staff.reset', staff, site, link: url, expiresAt, now });
  deps.logger.info({ staffId: staff.id }, 'password reset link sent');
}

/**
 * Sets a new password from a reset link, ends every other session of the person (whoever knew the old password
 * is out), lifts a lockout, and signs this browser in.
 */
export async function resetPassword(deps: StaffDeps, body: ResetPasswordBody): Promise<SignedIn> {
  const now = deps.now();
  const link = await deps.store.staffLinks.use(hashOpaqueToken(body.token), 'reset', now);
  const staff = link && (await deps.store.staff.byId(link.staffId));
  if (!staff || staff.memberships.length === 0) throw new AppError('LINK_EXPIRED', LINK_EXPIRED_MESSAGE);
  const updated = await deps.store.staff.update(staff.id, { passwordHash: await hashPassword(body.password), lastSignInAt: now, updatedAt: now });
  if (!updated) throw new AppError('LINK_EXPIRED', LINK_EXPIRED_MESSAGE);
  await deps.sessions.end(staff.id, 'all', 'signed_out');
  await deps.limits.succeeded(staff.email);
  deps.logger.info({ staffId: staff.id }, 'password reset; other sessions ended');
  const { token, session } = await deps.sessions.start(staff.id);
  return { staff: updated, token, csrfToken: session.csrfToken };
}
