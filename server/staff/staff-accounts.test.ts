import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../store/embedded/open-embedded-store.js';
import type { Store } from '../store/store.js';
import { addMember } from './staff-accounts.js';

describe('addMember', () => {
  let dir: string;
  let store: Store;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cathy-accounts-'));
    store = await openEmbeddedStore(dir);
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  const member = (siteId: string) => ({ siteId, email: 'Twin@Alpha.example', role: 'salesperson' as const, locale: 'en' as const, invited: true, now: new Date() });

  it('makes one account with both memberships when two sites add the same new address at once', async () => {
    const results = await Promise.all([addMember(store, member('site-a')), addMember(store, member('site-b'))]);

    expect(results.map((r) => r?.created).sort()).toEqual([false, true]);
    const twin = await store.staff.byEmail('twin@alpha.example');
    expect(twin?.memberships.map((m) => m.siteId).sort()).toEqual(['site-a', 'site-b']);
  });

  it('adds nothing when the person already belongs to the site', async () => {
    await addMember(store, member('site-a'));
    expect(await addMember(store, member('site-a'))).toBeNull();
  });
});
