import type { AcceptInvitationBody } from '../../sdk/protocol/index.js';
import { AppError } from '../errors/app-error.js';
import { hashOpaqueToken } from '../security/opaque-token.js';
import { hashPassword } from '../security/password.js';
import type { SignedIn } from './sign-in.js';
import type { StaffDeps } from './staff-deps.js';

export const LINK_EXPIRED_MESSAGE = 'This link was used already or has expired. Ask for a new one.';

/**
 * Sets the first password from an invitation link and signs the person in. The link works once: its use is one
 * store write that a second request loses. Accepting ends the person's other invitation links.
 */
export async function acceptInvitation(deps: StaffDeps, body: AcceptInvitationBody): Promise<SignedIn> {
  const now = deps.now();
  const link = await deps.store.staffLinks.use(hashOpaqueToken(body.token), 'invitation', now);
  const staff = link && (await deps.store.staff.byId(link.staffId));
  // An account that set its password through another link, or left every site since, has nothing to accept.
  if (!staff || staff.passwordHash || staff.memberships.length === 0) throw new AppError('LINK_EXPIRED', LINK_EXPIRED_MESSAGE);
  const updated = await deps.store.staff.update(staff.id, {
    passwordHash: await hashPassword(body.password),
    ...(body.name ? { name: body.name } : {}),
    lastSignInAt: now,
    updatedAt: now,
  });
  if (!updated) throw new AppError('LINK_EXPIRED', LINK_EXPIRED_MESSAGE);
  await deps.store.staffLinks.revoke(staff.id, 'invitation', now);
  deps.logger.info({ staffId: staff.id }, 'invitation accepted');
  const { token, session } = await deps.sessions.start(staff.id);
  return { staff: updated, token, csrfToken: session.csrfToken };
}
