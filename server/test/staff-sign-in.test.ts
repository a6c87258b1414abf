import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CSRF_HEADER, type ErrorResponse, type StaffMe } from '../../sdk/protocol/index.js';
import type { SessionEnded } from '../staff/staff-sessions.js';
import { addStaff, sessionCookie, signIn, staffFetch, type StaffAuth } from './support/staff.js';
import { addSite, startTestServer, useTestSite } from './support/test-server.js';

const codeOf = async (res: Response) => ((await res.json()) as ErrorResponse).error;

describe('staff sign-in and sessions', () => {
  const t = useTestSite();
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${t.server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const me = (auth: Pick<StaffAuth, 'cookie' | 'csrfToken'>) => staffFetch(t.server.url, auth, '/v1/staff/me');
  const publicOrigin = () => new URL(t.server.config.publicUrl).origin;
  let n = 0;
  const newStaff = (role: 'owner' | 'manager' | 'salesperson' = 'salesperson') =>
    addStaff(t.server.store, { siteId: t.site.site.id, email: `Person${++n}@Test-Motors.example`, role, name: `Person ${n}` });

  it('signs in with a lowercased email and answers who is signed in, with an HttpOnly, SameSite=Lax cookie', async () => {
    const { email, password } = await newStaff('manager');
    const res = await post('/v1/staff/auth/sign-in', { email: email.toUpperCase(), password });

    expect(res.status).toBe(200);
    const setCookie = res.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/^cathy_staff=[\w-]{43}; Max-Age=\d+; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as StaffMe;
    expect(body).toEqual({
      id: expect.any(String),
      email,
      name: expect.stringMatching(/^Person \d+$/),
      locale: 'en',
      memberships: [{ siteId: t.site.site.id, siteName: 'Test Motors', role: 'manager', assistantName: 'Cathy' }],
      csrfToken: expect.stringMatching(/^[\w-]{43}$/),
    });

    const again = await me({ cookie: sessionCookie(res)!, csrfToken: '' });
    expect(again.status).toBe(200);
    expect(again.headers.get('cache-control')).toBe('no-store');
    expect(await again.json()).toEqual(body);
  });

  it('gives the same 401 for a wrong password and an unknown email, and no cookie', async () => {
    const { email } = await newStaff();
    const wrongPassword = await post('/v1/staff/auth/sign-in', { email, password: 'not-the-password' });
    const unknownEmail = await post('/v1/staff/auth/sign-in', { email: 'nobody@test-motors.example', password: 'not-the-password' });

    expect([wrongPassword.status, unknownEmail.status]).toEqual([401, 401]);
    expect(sessionCookie(wrongPassword)).toBeNull();
    const [a, b] = [await codeOf(wrongPassword), await codeOf(unknownEmail)];
    expect(a).toEqual({ code: 'UNAUTHORIZED', message: 'Wrong email or password.' });
    expect(b).toEqual(a);
  });

  it('answers UNAUTHORIZED without a session, with an unknown cookie, and after sign-out', async () => {
    const { email, password } = await newStaff();
    const auth = await signIn(t.server.url, email, password);

    expect((await codeOf(await fetch(`${t.server.url}/v1/staff/me`))).code).toBe('UNAUTHORIZED');
    expect((await codeOf(await me({ cookie: 'cathy_staff=forged-session-token-0123456789abcdefghijkl', csrfToken: '' }))).code).toBe('UNAUTHORIZED');

    const out = await staffFetch(t.server.url, auth, '/v1/staff/auth/sign-out', { method: 'POST', headers: { origin: publicOrigin() } });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join()).toMatch(/^cathy_staff=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax$/);
    expect((await me(auth)).status).toBe(401);
  });

  it('never keeps a session cookie the browser carried into sign-in (session fixation)', async () => {
    const attacker = await newStaff();
    const victim = await newStaff('owner');
    const planted = await signIn(t.server.url, attacker.email, attacker.password);
    const forged = 'cathy_staff=planted-before-sign-in-0123456789abcdefghijklmn';

    for (const carried of [planted.cookie, forged]) {
      const res = await post('/v1/staff/auth/sign-in', { email: victim.email, password: victim.password }, { cookie: carried });
      expect(res.status).toBe(200);
      const issued = sessionCookie(res);
      expect(issued).not.toBeNull();
      expect(issued).not.toBe(carried);
      expect(((await (await me({ cookie: issued!, csrfToken: '' })).json()) as StaffMe).email).toBe(victim.email);
    }
    // The planted cookie is still only the attacker's own session; the forged one is still nobody's.
    expect(((await (await me(planted)).json()) as StaffMe).email).toBe(attacker.email);
    expect((await me({ cookie: forged, csrfToken: '' })).status).toBe(401);
  });

  it('refuses a state change without the CSRF token, with a wrong one, or from another origin, and changes nothing', async () => {
    const { email, password } = await newStaff();
    const auth = await signIn(t.server.url, email, password);
    const signOut = (headers: Record<string, string>) => staffFetch(t.server.url, auth, '/v1/staff/auth/sign-out', { method: 'POST', headers });

    const refusals = [
      await signOut({ [CSRF_HEADER]: '' }),
      // One character off (never the same one: a random token ends in "A" one time in 64).
      await signOut({ [CSRF_HEADER]: `${auth.csrfToken.slice(0, -1)}${auth.csrfToken.endsWith('A') ? 'B' : 'A'}` }),
      await signOut({ [CSRF_HEADER]: (await signIn(t.server.url, email, password)).csrfToken }),
      await signOut({ origin: 'https://evil.example' }),
      await signOut({ origin: 'null' }),
    ];
    for (const res of refusals) {
      expect(res.status).toBe(403);
      expect((await codeOf(res)).code).toBe('CSRF_INVALID');
    }
    expect((await me(auth)).status).toBe(200);
    expect((await signOut({ origin: publicOrigin() })).status).toBe(204);
  });

  it('refuses a sign-in posted from another origin (login CSRF) and sets no cookie', async () => {
    const { email, password } = await newStaff();
    const res = await post('/v1/staff/auth/sign-in', { email, password }, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect((await codeOf(res)).code).toBe('CSRF_INVALID');
    expect(sessionCookie(res)).toBeNull();
  });

  it('locks the account after five wrong passwords and refuses even the right one while locked', async () => {
    const { email, password } = await newStaff();
    for (let i = 0; i < 5; i++) expect((await post('/v1/staff/auth/sign-in', { email, password: `wrong-${i}-password` })).status).toBe(401);

    const locked = await post('/v1/staff/auth/sign-in', { email, password });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(60);
    const error = await codeOf(locked);
    expect(error.code).toBe('ACCOUNT_LOCKED');
    expect(error.retryAfter).toBeGreaterThan(60);
    expect(sessionCookie(locked)).toBeNull();
    // Another person's account is not locked by it.
    const other = await newStaff();
    await expect(signIn(t.server.url, other.email, other.password)).resolves.toBeDefined();
  });

  it('locks an unknown email the same way, so a lock tells nothing about which addresses exist', async () => {
    for (let i = 0; i < 5; i++) await post('/v1/staff/auth/sign-in', { email: 'ghost@test-motors.example', password: 'guess-password' });
    expect((await codeOf(await post('/v1/staff/auth/sign-in', { email: 'ghost@test-motors.example', password: 'x' }))).code).toBe('ACCOUNT_LOCKED');
  });

  it('ends every session of the person on sign out everywhere, and tells the listeners', async () => {
    const { email, password, staffId } = await newStaff();
    const phone = await signIn(t.server.url, email, password);
    const desk = await signIn(t.server.url, email, password);
    const ended: SessionEnded[] = [];
    const stop = t.server.app.staffSessions.onEnded((event) => ended.push(event));

    const res = await staffFetch(t.server.url, desk, '/v1/staff/auth/sign-out-everywhere', { method: 'POST' });
    stop();

    expect(res.status).toBe(204);
    expect((await me(phone)).status).toBe(401);
    expect((await me(desk)).status).toBe(401);
    expect(ended).toEqual([{ staffId, sessionIds: 'all', reason: 'signed_out' }]);
  });

  it('refuses bad sign-in bodies with VALIDATION_ERROR and sets no cookie', async () => {
    const { email, password } = await newStaff();
    const bodies: unknown[] = [{ email }, { password }, { email, password, extra: 1 }, { email, password: 12 }, [], { email, password: 'x'.repeat(201) }];
    for (const body of bodies) {
      const res = await post('/v1/staff/auth/sign-in', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await codeOf(res)).code).toBe('VALIDATION_ERROR');
      expect(sessionCookie(res)).toBeNull();
    }
    const notJson = await fetch(`${t.server.url}/v1/staff/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect((await codeOf(notJson)).code).toBe('VALIDATION_ERROR');
  });

  it('stores a new hash at sign-in when the old one was made with older scrypt parameters', async () => {
    const { email, password, staffId } = await newStaff();
    const salt = randomBytes(16);
    const old = `scrypt$N=16384,r=8,p=1$${salt.toString('base64url')}$${scryptSync(password, salt, 32, { N: 2 ** 14, r: 8, p: 1 }).toString('base64url')}`;
    await t.server.store.staff.update(staffId, { passwordHash: old });

    await signIn(t.server.url, email, password);

    const stored = (await t.server.store.staff.byId(staffId))?.passwordHash ?? '';
    expect(stored).toMatch(/^scrypt\$N=32768,r=8,p=1\$/);
    await expect(signIn(t.server.url, email, password)).resolves.toBeDefined();
  });

  it('shows one sign-in across the sites a person belongs to', async () => {
    const { email, password } = await newStaff('owner');
    const second = await addSite(t.server, { name: 'Test Motors North' });
    await addStaff(t.server.store, { siteId: second.site.id, email, role: 'salesperson', password });

    const { me: body } = await signIn(t.server.url, email, password);
    expect(body.memberships).toEqual([
      { siteId: t.site.site.id, siteName: 'Test Motors', role: 'owner', assistantName: 'Cathy' },
      { siteId: second.site.id, siteName: 'Test Motors North', role: 'salesperson', assistantName: 'Cathy' },
    ]);
  });
});

describe('staff sign-in limits and cookie over https', () => {
  it('rate-limits sign-in and reset requests per address with RATE_LIMITED', async () => {
    const server = await startTestServer({ RATE_LIMIT_SIGN_INS_PER_10_MINUTES: '3' });
    try {
      const attempt = () =>
        fetch(`${server.url}/v1/staff/auth/sign-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: `x${Math.random()}@a.example`, password: 'whatever-it-is' }),
        });
      for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
      const limited = await attempt();
      expect(limited.status).toBe(429);
      expect((await codeOf(limited)).code).toBe('RATE_LIMITED');
      const reset = await fetch(`${server.url}/v1/staff/auth/request-reset`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'anyone@a.example' }),
      });
      expect((await codeOf(reset)).code).toBe('RATE_LIMITED');
    } finally {
      await server.destroy();
    }
  });

  it('marks the cookie Secure when PUBLIC_URL is https', async () => {
    const server = await startTestServer({ PUBLIC_URL: 'https://chat.dealer.example' });
    try {
      const site = await addSite(server);
      const { email, password } = await addStaff(server.store, { siteId: site.site.id, email: 'ana@dealer.example', role: 'owner' });
      const res = await fetch(`${server.url}/v1/staff/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://chat.dealer.example' },
        body: JSON.stringify({ email, password }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.getSetCookie().join()).toMatch(/; HttpOnly; Secure; SameSite=Lax$/);
    } finally {
      await server.destroy();
    }
  });
});
