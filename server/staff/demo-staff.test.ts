import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../security/password.js';
import { ensureDemoSite } from '../sites/demo-site.js';
import { openEmbeddedStore } from '../store/embedded/open-embedded-store.js';
import type { Store } from '../store/store.js';
import { DEMO_STAFF_EMAIL, ensureDemoStaff } from './demo-staff.js';

describe('the demo owner', () => {
  let dir: string;
  let store: Store;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cathy-demo-staff-'));
    store = await openEmbeddedStore(dir);
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('is created once for a demo site with nobody, with a password kept only as a hash', async () => {
    expect(await ensureDemoStaff(store, new Date())).toBeNull();
    await ensureDemoSite(store);

    const created = await ensureDemoStaff(store, new Date());

    expect(created?.email).toBe(DEMO_STAFF_EMAIL);
    const stored = await store.staff.byEmail(DEMO_STAFF_EMAIL);
    expect(stored?.memberships.map((m) => m.role)).toEqual(['owner']);
    expect(JSON.stringify(stored)).not.toContain(created!.password);
    expect(await verifyPassword(created!.password, stored!.passwordHash!)).toBe(true);
    expect(await ensureDemoStaff(store, new Date())).toBeNull();
  });
});
