import type { SignInBody } from '../../sdk/protocol/index.js';
import { AppError } from '../errors/app-error.js';
import { hashPassword, needsRehash, verifyDecoy, verifyPassword } from '../security/password.js';
import type { StaffRecord } from '../store/staff-records.js';
import type { StaffDeps } from './staff-deps.js';

export interface SignedIn {
  staff: StaffRecord;
  /** For the cookie only. */
  token: string;
  csrfToken: string;
}

export const WRONG_CREDENTIALS = 'Wrong email or password.';

/**
 * Checks the password and opens a new session. Every success makes a new session id, whatever cookie the browser
 * sent, so a session planted before sign-in is never the one after it. Wrong email and wrong password take the
 * same time and get the same answer.
 */
export function createSignIn(deps: Pick<StaffDeps, 'store' | 'sessions' | 'limits' | 'now' | 'logger'>) {
  const { store, sessions, limits, now, logger } = deps;
  return async (body: SignInBody, ip: string): Promise<SignedIn> => {
    await limits.attempt(ip);
    await limits.checkAccount(body.email);
    const staff = await store.staff.byEmail(body.email);
    const usable = staff?.passwordHash && staff.memberships.length > 0 ? staff : null;
    const ok = usable?.passwordHash ? await verifyPassword(body.password, usable.passwordHash) : await verifyDecoy(body.password);
    if (!ok || !usable) {
      await limits.failed(body.email);
      logger.warn({ email: body.email, known: usable !== null }, 'staff sign-in refused: wrong email or password');
      throw new AppError('UNAUTHORIZED', WRONG_CREDENTIALS);
    }
    await limits.succeeded(body.email);
    const at = now();
    const rehash = usable.passwordHash && needsRehash(usable.passwordHash) ? { passwordHash: await hashPassword(body.password) } : {};
    const updated = (await store.staff.update(usable.id, { ...rehash, lastSignInAt: at, updatedAt: at })) ?? usable;
    const { token, session } = await sessions.start(usable.id);
    logger.info({ staffId: usable.id }, 'staff signed in');
    return { staff: updated, token, csrfToken: session.csrfToken };
  };
}
