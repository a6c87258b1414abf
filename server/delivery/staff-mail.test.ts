import { describe, expect, it } from 'vitest';
import type { StaffMailJobRecord } from '../store/records.js';
import { composeStaffMail } from './staff-mail.js';

const CREATED = new Date('2026-03-02T15:00:00Z');

function job(event: StaffMailJobRecord['event'], mail: Partial<NonNullable<StaffMailJobRecord['mail']>> = {}): StaffMailJobRecord {
  return {
    id: 'staff-mail:1',
    siteId: 'site-1',
    staffId: 'staff-1',
    kind: 'email.staff',
    event,
    mail: { to: 'nina@sunrise.example', locale: 'en', siteName: 'Sunrise Auto', link: 'https://chat.example/console/reset#token=abc', ...mail },
    status: 'pending',
    attempts: 0,
    nextAttemptAt: CREATED,
    createdAt: CREATED,
    updatedAt: CREATED,
  };
}

const compose = (j: StaffMailJobRecord) => composeStaffMail(j, j.mail!);

describe('staff emails', () => {
  it('writes a Spanish reset email with the link and its 60 minutes', () => {
    const mail = compose(job('staff.reset', { locale: 'es', expiresAt: new Date(CREATED.getTime() + 3_600_000) }));
    expect(mail).toMatchObject({ jobId: 'staff-mail:1', to: ['nina@sunrise.example'], subject: 'Restablece tu contraseña del espacio de ventas de Sunrise Auto' });
    expect(mail.text).toContain('Elige una contraseña nueva: https://chat.example/console/reset#token=abc');
    expect(mail.text).toContain('vence en 60 minutos');
  });

  it('says the hours of a 72-hour invitation, and leaves expiry out of a "site added" email', () => {
    expect(compose(job('staff.invitation', { expiresAt: new Date(CREATED.getTime() + 72 * 3_600_000) })).text).toContain('expires in 72 hours');
    const added = compose(job('staff.added', { link: 'https://chat.example/console/' }));
    expect(added.text).not.toMatch(/expires/);
    expect(added.text).toContain('Sign in: https://chat.example/console/');
  });

  it('escapes the site and inviter names in the HTML part', () => {
    const mail = compose(job('staff.invitation', { siteName: 'Tom & Jerry <Autos>', inviterName: '<img src=x onerror=alert(1)>', expiresAt: CREATED }));
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt; invited you');
    expect(mail.html).toContain('Tom &amp; Jerry &lt;Autos&gt;');
  });
});
