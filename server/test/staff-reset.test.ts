import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ErrorResponse, StaffMe } from '../../sdk/protocol/index.js';
import { addStaff, nthStaffMail, sessionCookie, signIn, staffFetch, staffMailFiles } from './support/staff.js';
import { eventually } from './support/lead.js';
import { startTestSmtp } from './support/smtp.js';
import { addSite, startTestServer, useTestSite } from './support/test-server.js';

const errorOf = async (res: Response) => ((await res.json()) as ErrorResponse).error;

describe('password reset by email', () => {
  const t = useTestSite();
  const post = (path: string, body: unknown) =>
    fetch(`${t.server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('answers 202 for any email and mails a one-time link only to an existing account', async () => {
    const { email } = await addStaff(t.server.store, { siteId: t.site.site.id, email: 'rita@test-motors.example', role: 'salesperson' });
    for (const address of [email, 'nobody@test-motors.example']) {
      const res = await post('/v1/staff/auth/request-reset', { email: address });
      expect(res.status).toBe(202);
      expect(await res.json()).toEqual({ ok: true });
    }
    const mail = await nthStaffMail(t.server.dataDir, email);
    expect(mail.subject).toBe('Reset your Test Motors workspace password');
    expect(mail.text).toContain('expires in 60 minutes');
    expect(mail.link?.page).toBe('reset');
    expect(await staffMailFiles(t.server.dataDir, 'nobody@test-motors.example')).toEqual([]);
  });

  it('sets the new password, ends every other session, signs this browser in, and refuses the link a second time', async () => {
    const { email, password } = await addStaff(t.server.store, { siteId: t.site.site.id, email: 'ivan@test-motors.example', role: 'manager' });
    const phone = await signIn(t.server.url, email, password);
    await post('/v1/staff/auth/request-reset', { email });
    const { link } = await nthStaffMail(t.server.dataDir, email);

    const res = await post('/v1/staff/auth/reset', { token: link!.token, password: 'brand new password' });

    expect(res.status).toBe(200);
    expect(((await res.json()) as StaffMe).email).toBe(email);
    const cookie = sessionCookie(res);
    expect(cookie).not.toBeNull();
    expect((await staffFetch(t.server.url, phone, '/v1/staff/me')).status).toBe(401);
    expect((await staffFetch(t.server.url, { cookie: cookie!, csrfToken: '' }, '/v1/staff/me')).status).toBe(200);
    await expect(signIn(t.server.url, email, password)).rejects.toThrow(/401/);
    await expect(signIn(t.server.url, email, 'brand new password')).resolves.toBeDefined();

    const reused = await post('/v1/staff/auth/reset', { token: link!.token, password: 'third new password' });
    expect(reused.status).toBe(410);
    expect((await errorOf(reused)).code).toBe('LINK_EXPIRED');
  });

  it('makes the earlier link useless once a newer one is asked for', async () => {
    const { email } = await addStaff(t.server.store, { siteId: t.site.site.id, email: 'twice@test-motors.example', role: 'salesperson' });
    await post('/v1/staff/auth/request-reset', { email });
    const first = await nthStaffMail(t.server.dataDir, email, 1);
    await post('/v1/staff/auth/request-reset', { email });
    const second = await nthStaffMail(t.server.dataDir, email, 2);

    expect((await errorOf(await post('/v1/staff/auth/reset', { token: first.link!.token, password: 'brand new password' }))).code).toBe('LINK_EXPIRED');
    expect((await post('/v1/staff/auth/reset', { token: second.link!.token, password: 'brand new password' })).status).toBe(200);
  });

  it('lifts a lockout', async () => {
    const { email } = await addStaff(t.server.store, { siteId: t.site.site.id, email: 'locked@test-motors.example', role: 'salesperson' });
    for (let i = 0; i < 5; i++) await post('/v1/staff/auth/sign-in', { email, password: 'wrong password' });
    expect((await errorOf(await post('/v1/staff/auth/sign-in', { email, password: 'wrong password' }))).code).toBe('ACCOUNT_LOCKED');
    await post('/v1/staff/auth/request-reset', { email });
    const { link } = await nthStaffMail(t.server.dataDir, email);
    await post('/v1/staff/auth/reset', { token: link!.token, password: 'brand new password' });

    await expect(signIn(t.server.url, email, 'brand new password')).resolves.toBeDefined();
  });

  it('refuses bad bodies with VALIDATION_ERROR: a short password changes nothing and keeps the link usable', async () => {
    const { email, password } = await addStaff(t.server.store, { siteId: t.site.site.id, email: 'short@test-motors.example', role: 'salesperson' });
    await post('/v1/staff/auth/request-reset', { email });
    const { link } = await nthStaffMail(t.server.dataDir, email);
    const bodies: unknown[] = [{ token: link!.token, password: 'short' }, { token: link!.token }, { token: 'x', password: 'long enough password' }, { email: 'not-an-email' }];
    for (const body of bodies) {
      const path = 'email' in (body as object) ? '/v1/staff/auth/request-reset' : '/v1/staff/auth/reset';
      const res = await post(path, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await errorOf(res)).code).toBe('VALIDATION_ERROR');
    }
    await expect(signIn(t.server.url, email, password)).resolves.toBeDefined();
    expect((await post('/v1/staff/auth/reset', { token: link!.token, password: 'long enough password' })).status).toBe(200);
  });
});

describe('staff email during an SMTP outage', () => {
  it('keeps the invitation in the outbox until the mail server answers, sends it, then keeps no copy of the link', async () => {
    const smtp = await startTestSmtp();
    await smtp.stop();
    const server = await startTestServer({ SMTP_URL: smtp.url, DELIVERY_RETRY_BASE_MS: '50', DELIVERY_RETRY_MAX_MS: '200' });
    let stopped = false;
    try {
      const site = await addSite(server, { name: 'Outage Motors' });
      const owner = await addStaff(server.store, { siteId: site.site.id, email: 'owner@outage.example', role: 'owner' });
      const auth = await signIn(server.url, owner.email, owner.password);
      const res = await staffFetch(server.url, auth, `/v1/staff/sites/${site.site.id}/team`, { method: 'POST', body: { email: 'new@outage.example', role: 'salesperson' } });
      expect(res.status).toBe(201);
      const outcomes = (outcome: string) =>
        server.app.metrics.deliveries.get().then((m) => m.values.find((v) => v.labels.kind === 'email.staff' && v.labels.outcome === outcome)?.value ?? 0);
      await eventually(() => outcomes('retry'), (count) => count >= 2);

      await smtp.start();
      const [received] = await smtp.waitFor(1, 10_000);
      expect(received?.to).toEqual(['new@outage.example']);
      expect(received?.mail.subject).toBe("You're invited to the Outage Motors sales workspace");
      const token = /\/console\/invitation#token=([\w-]{43})/.exec(received?.mail.text ?? '')?.[1];
      expect(token).toBeDefined();
      await eventually(() => outcomes('delivered'), (count) => count === 1);

      // Closing compacts the store's files: what is left on disk is what the outbox still holds.
      await server.stop();
      stopped = true;
      expect(await readFile(path.join(server.dataDir, 'outbox.db'), 'utf8')).not.toContain(token);
    } finally {
      if (stopped) await rm(server.dataDir, { recursive: true, force: true });
      else await server.destroy();
      await smtp.stop();
    }
  });
});
