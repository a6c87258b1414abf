import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER, type ErrorResponse, type StaffMe, type TeamMember } from '../../sdk/protocol/index.js';
import { hashOpaqueToken } from '../security/opaque-token.js';
import type { SessionEnded } from '../staff/staff-sessions.js';
import { addStaff, nthStaffMail, signIn, staffFetch, staffMailFiles, type StaffAuth } from './support/staff.js';
import { addSite, startTestServer, type TestServer } from './support/test-server.js';

const errorOf = async (res: Response) => ((await res.json()) as ErrorResponse).error;

describe('the team of a site, with two sites on one server', () => {
  let server: TestServer;
  let siteA: string;
  let siteB: string;
  const people: Record<'ownerA' | 'managerA' | 'salesA' | 'ownerB', { staffId: string; email: string; password: string; auth: StaffAuth }> = {} as never;

  beforeAll(async () => {
    server = await startTestServer();
    siteA = (await addSite(server, { name: 'Alpha Motors' })).site.id;
    siteB = (await addSite(server, { name: 'Bravo Autos', locale: 'es' })).site.id;
    const add = async (siteId: string, email: string, role: 'owner' | 'manager' | 'salesperson') => {
      const added = await addStaff(server.store, { siteId, email, role, name: email.split('@')[0] });
      return { ...added, auth: await signIn(server.url, added.email, added.password) };
    };
    people.ownerA = await add(siteA, 'olga@alpha.example', 'owner');
    people.managerA = await add(siteA, 'mario@alpha.example', 'manager');
    people.salesA = await add(siteA, 'sam@alpha.example', 'salesperson');
    people.ownerB = await add(siteB, 'bea@bravo.example', 'owner');
  });
  afterAll(() => server.destroy());

  const call = (who: keyof typeof people, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    staffFetch(server.url, people[who].auth, path, init);
  const team = async (siteId: string) =>
    ((await (await call(siteId === siteA ? 'ownerA' : 'ownerB', `/v1/staff/sites/${siteId}/team`)).json()) as { members: TeamMember[] }).members;
  const invite = (who: keyof typeof people, siteId: string, body: unknown, headers: Record<string, string> = {}) =>
    call(who, `/v1/staff/sites/${siteId}/team`, { method: 'POST', body, headers });
  const post = (path: string, body: unknown) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('lists the team with roles and statuses to owners and managers', async () => {
    const res = await call('managerA', `/v1/staff/sites/${siteA}/team`);
    expect(res.status).toBe(200);
    const { members } = (await res.json()) as { members: TeamMember[] };
    expect(members.map((m) => [m.email, m.role, m.status])).toEqual([
      ['olga@alpha.example', 'owner', 'active'],
      ['mario@alpha.example', 'manager', 'active'],
      ['sam@alpha.example', 'salesperson', 'active'],
    ]);
    expect(members[0]?.lastSignInAt).toEqual(expect.any(String));
  });

  it('invites a salesperson by email; the one-time link sets a password, signs in, and works only once', async () => {
    const res = await invite('managerA', siteA, { email: 'Nina@Alpha.example', role: 'salesperson', name: 'Nina Paz' });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { member: TeamMember }).member).toMatchObject({ email: 'nina@alpha.example', role: 'salesperson', status: 'invited', name: 'Nina Paz' });

    const mail = await nthStaffMail(server.dataDir, 'nina@alpha.example');
    expect(mail.subject).toBe("You're invited to the Alpha Motors sales workspace");
    expect(mail.text).toContain('mario invited you to the sales workspace of Alpha Motors');
    expect(mail.text).toContain('expires in 72 hours');
    expect(mail.link?.page).toBe('invitation');

    const accepted = await post('/v1/staff/auth/accept-invitation', { token: mail.link!.token, password: 'a long new password' });
    expect(accepted.status).toBe(200);
    expect(accepted.headers.getSetCookie().join()).toMatch(/^cathy_staff=[\w-]{43};.*HttpOnly; SameSite=Lax$/);
    const me = (await accepted.json()) as StaffMe;
    expect(me.memberships).toEqual([{ siteId: siteA, siteName: 'Alpha Motors', role: 'salesperson', assistantName: 'Cathy' }]);
    expect((await team(siteA)).find((m) => m.email === 'nina@alpha.example')?.status).toBe('active');
    await expect(signIn(server.url, 'nina@alpha.example', 'a long new password')).resolves.toBeDefined();

    const reused = await post('/v1/staff/auth/accept-invitation', { token: mail.link!.token, password: 'another long password' });
    expect(reused.status).toBe(410);
    expect((await errorOf(reused)).code).toBe('LINK_EXPIRED');
    await expect(signIn(server.url, 'nina@alpha.example', 'another long password')).rejects.toThrow(/401/);
  });

  it('refuses a bad acceptance with VALIDATION_ERROR and leaves the link usable', async () => {
    await invite('ownerA', siteA, { email: 'careful@alpha.example', role: 'salesperson' });
    const { link } = await nthStaffMail(server.dataDir, 'careful@alpha.example');
    const bodies: unknown[] = [{ token: link!.token }, { token: link!.token, password: 'too short' }, { token: link!.token, password: 'long enough password', role: 'owner' }, { token: 'bad token!', password: 'long enough password' }];
    for (const body of bodies) {
      const res = await post('/v1/staff/auth/accept-invitation', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await errorOf(res)).code).toBe('VALIDATION_ERROR');
    }
    expect((await server.store.staff.byEmail('careful@alpha.example'))?.passwordHash).toBeUndefined();
    expect((await post('/v1/staff/auth/accept-invitation', { token: link!.token, password: 'long enough password' })).status).toBe(200);
  });

  it('answers LINK_EXPIRED for an expired invitation link, and for a made-up one', async () => {
    await invite('ownerA', siteA, { email: 'late@alpha.example', role: 'salesperson' });
    const { link } = await nthStaffMail(server.dataDir, 'late@alpha.example');
    const staff = await server.store.staff.byEmail('late@alpha.example');
    // Seventy-three hours later, as far as the link is concerned.
    await server.store.staffLinks.revoke(staff!.id, 'invitation', new Date());
    await server.store.staffLinks.insert({ id: hashOpaqueToken(`${link!.token}x`), kind: 'invitation', staffId: staff!.id, createdAt: new Date(Date.now() - 73 * 3_600_000), expiresAt: new Date(Date.now() - 3_600_000) });

    for (const token of [link!.token, `${link!.token}x`, 'a'.repeat(43)]) {
      const res = await post('/v1/staff/auth/accept-invitation', { token, password: 'a long new password' });
      expect(res.status, token).toBe(410);
      expect((await errorOf(res)).code).toBe('LINK_EXPIRED');
    }
    expect((await server.store.staff.byEmail('late@alpha.example'))?.passwordHash).toBeUndefined();
  });

  it('adds a person who already signs in elsewhere without a new password, and tells them by email', async () => {
    const res = await invite('ownerB', siteB, { email: 'sam@alpha.example', role: 'manager' });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { member: TeamMember }).member.status).toBe('active');
    const mail = await nthStaffMail(server.dataDir, 'sam@alpha.example');
    // Bravo Autos is a Spanish-speaking site: its emails are in Spanish.
    expect(mail.subject).toBe('Ya tienes el espacio de ventas de Bravo Autos');
    expect(mail.link).toBeUndefined();
    const { me } = await signIn(server.url, 'sam@alpha.example', people.salesA.password);
    expect(me.memberships.map((m) => [m.siteName, m.role])).toEqual([
      ['Alpha Motors', 'salesperson'],
      ['Bravo Autos', 'manager'],
    ]);
    await call('ownerB', `/v1/staff/sites/${siteB}/team/${people.salesA.staffId}`, { method: 'DELETE' });
  });

  it('refuses to invite someone already on the team (CONFLICT)', async () => {
    const res = await invite('ownerA', siteA, { email: 'MARIO@alpha.example', role: 'salesperson' });
    expect(res.status).toBe(409);
    expect((await errorOf(res)).code).toBe('CONFLICT');
  });

  it('lets only an owner invite an owner, and no salesperson invite or list anyone (FORBIDDEN)', async () => {
    const before = await staffMailFiles(server.dataDir);
    const refusals = [
      await invite('managerA', siteA, { email: 'boss@alpha.example', role: 'owner' }),
      await invite('salesA', siteA, { email: 'friend@alpha.example', role: 'salesperson' }),
      await call('salesA', `/v1/staff/sites/${siteA}/team`),
      await call('salesA', `/v1/staff/sites/${siteA}/team/${people.managerA.staffId}`, { method: 'DELETE' }),
    ];
    for (const res of refusals) {
      expect(res.status).toBe(403);
      expect((await errorOf(res)).code).toBe('FORBIDDEN');
    }
    expect(await server.store.staff.byEmail('boss@alpha.example')).toBeNull();
    expect(await server.store.staff.byEmail('friend@alpha.example')).toBeNull();
    expect(await staffMailFiles(server.dataDir)).toEqual(before);
    expect((await team(siteA)).some((m) => m.id === people.managerA.staffId)).toBe(true);
  });

  it("never lets staff of one site list, invite or remove on another site's team (NOT_FOUND, as if it did not exist)", async () => {
    const bravoBefore = await team(siteB);
    const refusals = [
      await call('ownerA', `/v1/staff/sites/${siteB}/team`),
      await invite('ownerA', siteB, { email: 'spy@alpha.example', role: 'salesperson' }),
      await invite('ownerA', siteB, { nonsense: true }),
      await call('ownerA', `/v1/staff/sites/${siteB}/team/${people.ownerB.staffId}`, { method: 'DELETE' }),
      // Through their own site's route, a person of another site is not on the team either.
      await call('ownerA', `/v1/staff/sites/${siteA}/team/${people.ownerB.staffId}`, { method: 'DELETE' }),
      await call('ownerA', '/v1/staff/sites/not-a-site/team'),
    ];
    for (const res of refusals) {
      expect(res.status).toBe(404);
      expect((await errorOf(res)).code).toBe('NOT_FOUND');
    }
    expect(await team(siteB)).toEqual(bravoBefore);
    expect(await server.store.staff.byEmail('spy@alpha.example')).toBeNull();
  });

  it('refuses bad invitation bodies with VALIDATION_ERROR and changes nothing', async () => {
    const before = await team(siteA);
    const mailsBefore = await staffMailFiles(server.dataDir);
    const bodies: unknown[] = [{}, { email: 'x@alpha.example' }, { email: 'not an email', role: 'salesperson' }, { email: 'x@alpha.example', role: 'boss' }, { email: 'x@alpha.example', role: 'salesperson', admin: true }, { email: 'x@alpha.example', role: 'salesperson', name: '' }];
    for (const body of bodies) {
      const res = await invite('ownerA', siteA, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await errorOf(res)).code).toBe('VALIDATION_ERROR');
    }
    expect(await team(siteA)).toEqual(before);
    expect(await staffMailFiles(server.dataDir)).toEqual(mailsBefore);
  });

  it('refuses an invitation without the CSRF token and creates nobody', async () => {
    const res = await invite('ownerA', siteA, { email: 'csrf@alpha.example', role: 'salesperson' }, { [CSRF_HEADER]: '' });
    expect((await errorOf(res)).code).toBe('CSRF_INVALID');
    expect(await server.store.staff.byEmail('csrf@alpha.example')).toBeNull();
  });

  it('keeps a manager from removing an owner, and the last owner from being removed', async () => {
    const byManager = await call('managerA', `/v1/staff/sites/${siteA}/team/${people.ownerA.staffId}`, { method: 'DELETE' });
    expect((await errorOf(byManager)).code).toBe('FORBIDDEN');
    const lastOwner = await call('ownerA', `/v1/staff/sites/${siteA}/team/${people.ownerA.staffId}`, { method: 'DELETE' });
    expect(lastOwner.status).toBe(409);
    expect((await errorOf(lastOwner)).code).toBe('CONFLICT');
    expect((await team(siteA)).find((m) => m.id === people.ownerA.staffId)?.role).toBe('owner');
  });

  it("refuses a removed person's live session at once, and tells the staff socket", async () => {
    const temp = await addStaff(server.store, { siteId: siteA, email: 'temp@alpha.example', role: 'salesperson' });
    const auth = await signIn(server.url, temp.email, temp.password);
    expect((await staffFetch(server.url, auth, '/v1/staff/me')).status).toBe(200);
    const ended: SessionEnded[] = [];
    const stop = server.app.staffSessions.onEnded((event) => ended.push(event));

    const res = await call('managerA', `/v1/staff/sites/${siteA}/team/${temp.staffId}`, { method: 'DELETE' });
    stop();

    expect(res.status).toBe(204);
    const after = await staffFetch(server.url, auth, '/v1/staff/me');
    expect(after.status).toBe(401);
    expect((await errorOf(after)).code).toBe('UNAUTHORIZED');
    expect(ended).toEqual([{ staffId: temp.staffId, sessionIds: 'all', reason: 'removed' }]);
    expect((await team(siteA)).some((m) => m.id === temp.staffId)).toBe(false);
  });

  it('keeps a person removed from one of their sites signed in for the other, but refuses the removed one (NOT_FOUND)', async () => {
    const both = await addStaff(server.store, { siteId: siteA, email: 'both@alpha.example', role: 'manager' });
    await addStaff(server.store, { siteId: siteB, email: both.email, role: 'manager', password: both.password });
    const auth = await signIn(server.url, both.email, both.password);
    expect((await staffFetch(server.url, auth, `/v1/staff/sites/${siteB}/team`)).status).toBe(200);

    await call('ownerB', `/v1/staff/sites/${siteB}/team/${both.staffId}`, { method: 'DELETE' });

    const refused = await staffFetch(server.url, auth, `/v1/staff/sites/${siteB}/team`);
    expect((await errorOf(refused)).code).toBe('NOT_FOUND');
    expect((await staffFetch(server.url, auth, `/v1/staff/sites/${siteA}/team`)).status).toBe(200);
  });

  it("changes a person's role: managers move salespeople and managers, only owners touch owners, the last owner stays, and the new role applies at once", async () => {
    const sal = await addStaff(server.store, { siteId: siteA, email: 'rico@alpha.example', role: 'salesperson' });
    const auth = await signIn(server.url, sal.email, sal.password);
    const role = (who: keyof typeof people, staffId: string, body: unknown, siteId = siteA) =>
      call(who, `/v1/staff/sites/${siteId}/team/${staffId}`, { method: 'PATCH', body });
    expect((await staffFetch(server.url, auth, `/v1/staff/sites/${siteA}/team`)).status).toBe(403);

    const promoted = await role('managerA', sal.staffId, { role: 'manager' });
    expect(promoted.status).toBe(200);
    expect(((await promoted.json()) as { member: TeamMember }).member).toMatchObject({ id: sal.staffId, role: 'manager' });
    // The same session, no sign-in again: the next request already has the new role.
    expect((await staffFetch(server.url, auth, `/v1/staff/sites/${siteA}/team`)).status).toBe(200);

    expect((await errorOf(await role('managerA', sal.staffId, { role: 'owner' }))).code).toBe('FORBIDDEN');
    expect((await errorOf(await role('managerA', people.ownerA.staffId, { role: 'manager' }))).code).toBe('FORBIDDEN');
    expect((await errorOf(await role('salesA', sal.staffId, { role: 'salesperson' }))).code).toBe('FORBIDDEN');
    expect((await errorOf(await role('ownerA', people.ownerA.staffId, { role: 'manager' }))).code).toBe('CONFLICT');
    expect((await errorOf(await role('ownerB', sal.staffId, { role: 'salesperson' }, siteB))).code).toBe('NOT_FOUND');
    expect((await errorOf(await role('ownerB', sal.staffId, { role: 'salesperson' }))).code).toBe('NOT_FOUND');
    for (const bad of [{}, { role: 'admin' }, { role: 'manager', extra: 1 }, 'manager']) {
      expect((await errorOf(await role('ownerA', sal.staffId, bad))).code).toBe('VALIDATION_ERROR');
    }
    const withoutCsrf = await staffFetch(server.url, { ...people.ownerA.auth, csrfToken: '' }, `/v1/staff/sites/${siteA}/team/${sal.staffId}`, { method: 'PATCH', body: { role: 'owner' } });
    expect((await errorOf(withoutCsrf)).code).toBe('CSRF_INVALID');
    expect((await team(siteA)).find((m) => m.id === sal.staffId)?.role).toBe('manager');

    expect((await role('ownerA', sal.staffId, { role: 'owner' })).status).toBe(200);
    expect((await role('ownerA', people.ownerA.staffId, { role: 'manager' })).status).toBe(200);
    expect((await role('ownerA', people.ownerA.staffId, { role: 'owner' })).status).toBe(403);
  });
});
