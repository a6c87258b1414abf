import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../store/embedded/open-embedded-store.js';
import type { Store } from '../store/store.js';
import { addMember } from './staff-accounts.js';
import { createStaffSessions, SESSION_IDLE_MS, SESSION_MAX_MS, STAFF_COOKIE, type SessionEnded } from './staff-sessions.js';

const T0 = new Date('2026-03-02T15:00:00Z');
const DAY = 24 * 3_600_000;

describe('staff sessions', () => {
  let dir: string;
  let store: Store;
  let clock: Date;
  let staffId: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cathy-sessions-'));
    store = await openEmbeddedStore(dir);
    clock = T0;
    const added = await addMember(store, { siteId: 'site-a', email: 'ana@a.example', role: 'owner', locale: 'es', passwordHash: 'scrypt$x', invited: false, now: T0 });
    staffId = added!.staff.id;
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  const setup = () => {
    const sessions = createStaffSessions({ store, now: () => clock });
    const ended: SessionEnded[] = [];
    sessions.onEnded((event) => ended.push(event));
    return { sessions, ended };
  };
  const cookie = (token: string) => `theme=dark; ${STAFF_COOKIE}=${token}`;

  it('resolves the cookie to the person, and stores only a hash of the token', async () => {
    const { sessions } = setup();
    const { token, session } = await sessions.start(staffId);

    expect(session.id).not.toContain(token);
    expect(await store.staffSessions.byId(token)).toBeNull();
    expect(await sessions.resolve(cookie(token))).toEqual({
      staffId,
      sessionId: session.id,
      email: 'ana@a.example',
      name: 'ana',
      locale: 'es',
      memberships: [{ siteId: 'site-a', role: 'owner' }],
      csrfToken: session.csrfToken,
    });
    expect(await sessions.resolve(undefined)).toBeNull();
    expect(await sessions.resolve('theme=dark')).toBeNull();
  });

  it('ends a session unused for the idle time, and tells the listeners', async () => {
    const { sessions, ended } = setup();
    const { token, session } = await sessions.start(staffId);
    clock = new Date(T0.getTime() + SESSION_IDLE_MS);

    expect(await sessions.resolve(cookie(token))).toBeNull();
    expect(await store.staffSessions.byId(session.id)).toBeNull();
    expect(ended).toEqual([{ staffId, sessionIds: [session.id], reason: 'expired' }]);
  });

  it('keeps a session in use alive, but never past the maximum age', async () => {
    const { sessions } = setup();
    const { token } = await sessions.start(staffId);
    for (let day = 6; day < 30; day += 6) {
      clock = new Date(T0.getTime() + day * DAY);
      expect(await sessions.resolve(cookie(token)), `day ${day}`).not.toBeNull();
    }
    clock = new Date(T0.getTime() + SESSION_MAX_MS);
    expect(await sessions.resolve(cookie(token))).toBeNull();
  });

  it('refuses the session of a person removed from every site', async () => {
    const { sessions, ended } = setup();
    const { token } = await sessions.start(staffId);
    await store.staff.removeMembership(staffId, 'site-a');

    expect(await sessions.resolve(cookie(token))).toBeNull();
    expect(await store.staffSessions.listByStaff(staffId)).toEqual([]);
    expect(ended).toEqual([{ staffId, sessionIds: 'all', reason: 'removed' }]);
  });

  it('ends all sessions but the one kept', async () => {
    const { sessions, ended } = setup();
    const kept = await sessions.start(staffId);
    const other = await sessions.start(staffId);

    await sessions.end(staffId, 'all', 'signed_out', kept.session.id);

    expect(await sessions.resolve(cookie(kept.token))).not.toBeNull();
    expect(await sessions.resolve(cookie(other.token))).toBeNull();
    expect(ended).toEqual([{ staffId, sessionIds: [other.session.id], reason: 'signed_out' }]);
  });
});
