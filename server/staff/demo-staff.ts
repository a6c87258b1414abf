import { randomBytes } from 'node:crypto';
import { hashPassword } from '../security/password.js';
import { DEMO_PUBLIC_KEY } from '../sites/demo-site.js';
import type { Store } from '../store/store.js';
import { addMember } from './staff-accounts.js';

export const DEMO_STAFF_EMAIL = 'owner@demo-dealer.example';

/**
 * Gives the demo site an owner when it has nobody, so `/console/` works out of the box: on the first start, and on
 * the first start of a data directory made before the workspace existed. The password is returned to be shown
 * once, as the demo secret key is; only its hash is kept.
 */
export async function ensureDemoStaff(store: Store, now: Date): Promise<{ email: string; password: string } | null> {
  const site = await store.sites.byPublicKey(DEMO_PUBLIC_KEY);
  if (!site || (await store.staff.listBySite(site.id)).length > 0) return null;
  const password = randomBytes(12).toString('base64url');
  const added = await addMember(store, {
    siteId: site.id,
    email: DEMO_STAFF_EMAIL,
    role: 'owner',
    name: 'Demo Owner',
    locale: site.locale,
    passwordHash: await hashPassword(password),
    invited: false,
    now,
  });
  return added ? { email: DEMO_STAFF_EMAIL, password } : null;
}
