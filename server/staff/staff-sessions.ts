import { parse } from 'cookie';
import { hashOpaqueToken, newOpaqueToken } from '../security/opaque-token.js';
import type { StaffSessionRecord } from '../store/staff-records.js';
import type { Store } from '../store/store.js';
import type { StaffPrincipal } from './staff-principal.js';

/** The session cookie's name; its value is a random token the store keeps only hashed. */
export const STAFF_COOKIE = 'cathy_staff';

/** A session ends after a week unused, and a month after sign-in whatever happens. */
export const SESSION_IDLE_MS = 7 * 24 * 3_600_000;
export const SESSION_MAX_MS = 30 * 24 * 3_600_000;
/** Use is written at most this often, so a busy console does not write on every request. */
const TOUCH_EVERY_MS = 5 * 60_000;

export type SessionEndReason = 'signed_out' | 'removed' | 'expired';

export interface SessionEnded {
  staffId: string;
  sessionIds: string[] | 'all';
  reason: SessionEndReason;
}

export interface StaffSessions {
  /** The live session a Cookie header carries, or null (absent, expired, revoked, staff removed). */
  resolve(cookieHeader: string | undefined): Promise<StaffPrincipal | null>;
  /** Called with the staff id (and the session ids) whose sessions just ended; the staff socket disconnects them. */
  onEnded(listener: (event: SessionEnded) => void): () => void;
}

/** What sign-in, sign-out and the team use; the adapters only need `StaffSessions`. */
export interface StaffSessionControl extends StaffSessions {
  /** A new session with a fresh id and CSRF token; `token` goes in the cookie and is not kept. */
  start(staffId: string): Promise<{ token: string; session: StaffSessionRecord }>;
  /** Ends the sessions with these ids (all of the person's when `ids` is 'all', but `keep`). */
  end(staffId: string, ids: string[] | 'all', reason: SessionEndReason, keep?: string): Promise<void>;
  /** Tells listeners the person lost a membership or changed role: the socket drops them and they reconnect with what they have now. */
  membershipChanged(staffId: string): void;
}

/**
 * Sessions kept in the store (see docs/workspace.md, "Sessions and cookie").
 *
 * @example
 * const sessions = createStaffSessions({ store, now: () => new Date() });
 * const principal = await sessions.resolve(req.headers.cookie);
 */
export function createStaffSessions(deps: { store: Store; now: () => Date }): StaffSessionControl {
  const { store, now } = deps;
  const listeners = new Set<(event: SessionEnded) => void>();
  const emit = (event: SessionEnded) => {
    for (const listener of listeners) listener(event);
  };

  const end: StaffSessionControl['end'] = async (staffId, ids, reason, keep) => {
    const chosen = ids === 'all' ? (await store.staffSessions.listByStaff(staffId)).map((s) => s.id) : ids;
    const ended = chosen.filter((id) => id !== keep);
    await store.staffSessions.delete(ended);
    const everyOne = ids === 'all' && !keep;
    if (everyOne || ended.length > 0) emit({ staffId, sessionIds: everyOne ? 'all' : ended, reason });
  };

  return {
    async resolve(cookieHeader) {
      const token = cookieHeader ? parse(cookieHeader)[STAFF_COOKIE] : undefined;
      if (!token) return null;
      const session = await store.staffSessions.byId(hashOpaqueToken(token));
      if (!session) return null;
      const at = now();
      if (session.expiresAt.getTime() <= at.getTime()) {
        await end(session.staffId, [session.id], 'expired');
        return null;
      }
      const staff = await store.staff.byId(session.staffId);
      if (!staff?.passwordHash || staff.memberships.length === 0) {
        await end(session.staffId, 'all', 'removed');
        return null;
      }
      if (at.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
        const expiresAt = new Date(Math.min(at.getTime() + SESSION_IDLE_MS, session.createdAt.getTime() + SESSION_MAX_MS));
        await store.staffSessions.touch(session.id, at, expiresAt);
      }
      return {
        staffId: staff.id,
        sessionId: session.id,
        email: staff.email,
        name: staff.name,
        locale: staff.locale,
        memberships: staff.memberships.map(({ siteId, role }) => ({ siteId, role })),
        csrfToken: session.csrfToken,
      };
    },
    onEnded(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async start(staffId) {
      const token = newOpaqueToken();
      const at = now();
      const session: StaffSessionRecord = {
        id: hashOpaqueToken(token),
        staffId,
        csrfToken: newOpaqueToken(),
        createdAt: at,
        lastSeenAt: at,
        expiresAt: new Date(at.getTime() + SESSION_IDLE_MS),
      };
      await store.staffSessions.insert(session);
      // Expired sessions go when their owner signs in again (MongoDB also drops them by its TTL index).
      await store.staffSessions.deleteExpired(at);
      return { token, session };
    },
    end,
    membershipChanged(staffId) {
      emit({ staffId, sessionIds: 'all', reason: 'removed' });
    },
  };
}
