import { describe, expect, it } from 'vitest';
import type { ContractContext } from './contract-context.js';
import { makeSite, minutesAfter } from './fixtures.js';

export function sitesContract(ctx: ContractContext): void {
  describe('sites', () => {
    it('finds a site by id, public key and secret key hash', async () => {
      const { sites } = ctx.store;
      const site = makeSite();
      await sites.insert(site);

      expect(await sites.byId(site.id)).toEqual(site);
      expect(await sites.byPublicKey(site.publicKey)).toEqual(site);
      expect(await sites.bySecretHash(site.secretKeyHash)).toEqual(site);
      expect(await sites.byId('missing')).toBeNull();
      expect(await sites.byPublicKey('pk_missing')).toBeNull();
      expect(await sites.bySecretHash('hash_missing')).toBeNull();
    });

    it('rejects a second site with the same public key or secret key hash', async () => {
      const { sites } = ctx.store;
      const site = makeSite();
      await sites.insert(site);

      await expect(sites.insert(makeSite({ publicKey: site.publicKey }))).rejects.toThrow();
      await expect(sites.insert(makeSite({ secretKeyHash: site.secretKeyHash }))).rejects.toThrow();
      expect(await sites.count()).toBe(1);
    });

    it('updates a site and returns the updated record', async () => {
      const { sites } = ctx.store;
      const site = makeSite();
      await sites.insert(site);

      const patch = { name: 'Sunset Motors', leadRecipients: ['bdc@sunset.example'], updatedAt: minutesAfter(5) };
      const updated = await sites.update(site.id, patch);

      expect(updated).toEqual({ ...site, ...patch });
      expect(await sites.byId(site.id)).toEqual(updated);
      expect(await sites.update('missing', patch)).toBeNull();
    });

    it('removes a field patched to undefined and keeps the others', async () => {
      const { sites } = ctx.store;
      const site = makeSite({ webhook: { url: 'https://crm.example/hook', secret: 's3cret' }, phone: '+13125550100' });
      await sites.insert(site);

      const updated = await sites.update(site.id, { webhook: undefined });

      expect(updated).not.toHaveProperty('webhook');
      expect(updated?.phone).toBe('+13125550100');
      expect(await sites.byId(site.id)).not.toHaveProperty('webhook');
    });

    it('returns the site unchanged for an empty patch', async () => {
      const { sites } = ctx.store;
      const site = makeSite();
      await sites.insert(site);

      expect(await sites.update(site.id, {})).toEqual(site);
      expect(await sites.update('missing', {})).toBeNull();
    });

    it('lists sites oldest first and counts them', async () => {
      const { sites } = ctx.store;
      const newer = makeSite({ createdAt: minutesAfter(10) });
      const older = makeSite();
      await sites.insert(newer);
      await sites.insert(older);

      expect(await sites.list()).toEqual([older, newer]);
      expect(await sites.count()).toBe(2);
    });
  });
}
