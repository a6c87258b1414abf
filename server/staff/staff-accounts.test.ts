import { describe, expect, it } from 'vitest';
import { useTempStore } from '../test/support/temp-store.js';
import { addMember } from './staff-accounts.js';

describe('addMember', () => {
  const temp = useTempStore('cathy-accounts-');

  const member = (siteId: string) => ({ siteId, email: 'Twin@Alpha.example', role: 'salesperson' as const, locale: 'en' as const, invited: true, now: new Date() });

  it('makes one account with both memberships when two sites add the same new address at once', async () => {
    const results = await Promise.all([addMember(temp.store, member('site-a')), addMember(temp.store, member('site-b'))]);

    expect(results.map((r) => r?.created).sort()).toEqual([false, true]);
    const twin = await temp.store.staff.byEmail('twin@alpha.example');
    expect(twin?.memberships.map((m) => m.siteId).sort()).toEqual(['site-a', 'site-b']);
  });

  it('adds nothing when the person already belongs to the site', async () => {
    await addMember(temp.store, member('site-a'));
    expect(await addMember(temp.store, member('site-a'))).toBeNull();
  });
});
