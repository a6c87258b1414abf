import { describe, expect, it } from 'vitest';
import { useTempStore } from '../test/support/temp-store.js';
import { verifyPassword } from '../security/password.js';
import { ensureDemoSite } from '../sites/demo-site.js';
import { DEMO_STAFF_EMAIL, ensureDemoStaff } from './demo-staff.js';

describe('the demo owner', () => {
  const temp = useTempStore('cathy-demo-staff-');

  it('is created once for a demo site with nobody, with a password kept only as a hash', async () => {
    expect(await ensureDemoStaff(temp.store, new Date())).toBeNull();
    await ensureDemoSite(temp.store);

    const created = await ensureDemoStaff(temp.store, new Date());

    expect(created?.email).toBe(DEMO_STAFF_EMAIL);
    const stored = await temp.store.staff.byEmail(DEMO_STAFF_EMAIL);
    expect(stored?.memberships.map((m) => m.role)).toEqual(['owner']);
    expect(JSON.stringify(stored)).not.toContain(created!.password);
    expect(await verifyPassword(created!.password, stored!.passwordHash!)).toBe(true);
    expect(await ensureDemoStaff(temp.store, new Date())).toBeNull();
  });
});
