import { describe, expect, it } from 'vitest';
import type { PageView } from '../records.js';
import type { ContractContext } from './contract-context.js';
import { makeVisitor, minutesAfter } from './fixtures.js';

const view = (n: number): PageView => ({
  url: `https://sunrise.example/p/${n}`,
  title: `Page ${n}`,
  at: minutesAfter(n),
});

export function visitorsContract(ctx: ContractContext): void {
  describe('visitors', () => {
    it('finds and updates a visitor', async () => {
      const { visitors } = ctx.store;
      const visitor = makeVisitor('site-1');
      await visitors.insert(visitor);
      expect(await visitors.byId(visitor.id)).toEqual(visitor);

      const patch = { lastSeenAt: minutesAfter(3), supplied: { name: 'Ana' }, externalId: 'crm-42' };
      expect(await visitors.update(visitor.id, patch)).toEqual({ ...visitor, ...patch });
      expect(await visitors.byId(visitor.id)).toEqual({ ...visitor, ...patch });
      expect(await visitors.update('missing', patch)).toBeNull();
      expect(await visitors.byId('missing')).toBeNull();
    });

    it("lists the visitors linked to a customer on the site, oldest first, without the customer's first visitor", async () => {
      const { visitors } = ctx.store;
      const first = makeVisitor('site-1', { createdAt: minutesAfter(0) });
      const phone = makeVisitor('site-1', { customerId: first.id, createdAt: minutesAfter(5) });
      const tablet = makeVisitor('site-1', { customerId: first.id, createdAt: minutesAfter(2) });
      const elsewhere = makeVisitor('site-2', { customerId: first.id });
      for (const visitor of [first, phone, tablet, elsewhere, makeVisitor('site-1')]) await visitors.insert(visitor);

      expect(await visitors.listByCustomer('site-1', first.id)).toEqual([tablet, phone]);
      expect(await visitors.listByCustomer('site-1', 'nobody')).toEqual([]);
    });

    it('keeps only the newest page views, newest last', async () => {
      const { visitors } = ctx.store;
      const visitor = makeVisitor('site-1');
      await visitors.insert(visitor);

      for (const n of [1, 2, 3, 4, 5]) await visitors.addPageView(visitor.id, view(n), 3);

      const pages = (await visitors.byId(visitor.id))?.pages;
      expect(pages).toEqual([view(3), view(4), view(5)]);
      expect(pages?.[0]?.at).toBeInstanceOf(Date);
    });

    it('keeps every page view added at once', async () => {
      const { visitors } = ctx.store;
      const visitor = makeVisitor('site-1');
      await visitors.insert(visitor);

      await Promise.all([1, 2, 3, 4].map((n) => visitors.addPageView(visitor.id, view(n), 10)));

      const urls = (await visitors.byId(visitor.id))?.pages.map((page) => page.url);
      expect(urls?.toSorted()).toEqual([1, 2, 3, 4].map((n) => view(n).url));
    });

    it('finds the oldest visitor proven to be a customer, on that site only', async () => {
      const { visitors } = ctx.store;
      const newer = makeVisitor('site-1', { externalId: 'crm-42', createdAt: minutesAfter(30) });
      const oldest = makeVisitor('site-1', { externalId: 'crm-42', createdAt: minutesAfter(10) });
      const otherSite = makeVisitor('site-2', { externalId: 'crm-42' });
      const otherCustomer = makeVisitor('site-1', { externalId: 'crm-7' });
      for (const visitor of [newer, oldest, otherSite, otherCustomer]) await visitors.insert(visitor);

      expect(await visitors.firstByExternalId('site-1', 'crm-42')).toEqual(oldest);
      expect(await visitors.firstByExternalId('site-2', 'crm-42')).toEqual(otherSite);
      expect(await visitors.firstByExternalId('site-1', 'crm-missing')).toBeNull();
    });

    it('deletes a visitor and counts what it deleted', async () => {
      const { visitors } = ctx.store;
      const visitor = makeVisitor('site-1');
      const other = makeVisitor('site-1');
      await visitors.insert(visitor);
      await visitors.insert(other);

      expect(await visitors.delete(visitor.id)).toBe(1);
      expect(await visitors.delete(visitor.id)).toBe(0);
      expect(await visitors.byId(visitor.id)).toBeNull();
      expect(await visitors.byId(other.id)).toEqual(other);
    });
  });
}
