import { describe, expect, it } from 'vitest';
import type { ContractContext } from './contract-context.js';
import { makeConversation, makeLead, makeVisitor, minutesAfter } from './fixtures.js';

export function leadsContract(ctx: ContractContext): void {
  describe('leads', () => {
    const visitor = makeVisitor('site-1');
    const conversation = makeConversation(visitor);
    const otherSite = makeConversation(makeVisitor('site-2'));

    it('saves a lead and replaces the whole document on the next save', async () => {
      const { leads } = ctx.store;
      const lead = makeLead(conversation, { pendingJobs: [{ kind: 'email.lead', event: 'lead.created' }] });
      await leads.save(lead);
      expect(await leads.byId(lead.id)).toEqual(lead);

      const { email, ...contact } = lead.contact;
      const replaced = { ...lead, contact, version: 2, status: 'updated' as const, updatedAt: minutesAfter(9) };
      await leads.save(replaced);

      const stored = await leads.byId(lead.id);
      expect(stored).toEqual(replaced);
      expect(stored?.contact).not.toHaveProperty('email');
      expect(stored?.consent.givenAt).toBeInstanceOf(Date);
      expect(await leads.byId('missing')).toBeNull();
    });

    it('finds the newest recent lead on the site by phone or by email', async () => {
      const { leads } = ctx.store;
      const old = makeLead(conversation, { createdAt: minutesAfter(-120) });
      const recent = makeLead(conversation, { createdAt: minutesAfter(10) });
      const newest = makeLead(conversation, { createdAt: minutesAfter(20), contact: { email: 'ana@example.com' } });
      const elsewhere = makeLead(otherSite, { createdAt: minutesAfter(30) });
      for (const lead of [old, recent, newest, elsewhere]) await leads.save(lead);
      const since = minutesAfter(-60);

      expect(await leads.findRecentByContact('site-1', { phone: '+13125550142' }, since)).toEqual(recent);
      expect(await leads.findRecentByContact('site-1', { email: 'ana@example.com' }, since)).toEqual(newest);
      const either = { phone: '+13125550142', email: 'x@example.com' };
      expect(await leads.findRecentByContact('site-1', either, since)).toEqual(recent);
      expect(await leads.findRecentByContact('site-1', { phone: '+13125550142' }, minutesAfter(15))).toBeNull();
      expect(await leads.findRecentByContact('site-1', { phone: '+13125550142' }, minutesAfter(-200))).toEqual(recent);
      expect(await leads.findRecentByContact('site-2', { phone: '+13125550142' }, since)).toEqual(elsewhere);
      expect(await leads.findRecentByContact('site-1', { phone: '+13125550199' }, since)).toBeNull();
      expect(await leads.findRecentByContact('site-1', {}, since)).toBeNull();
    });

    it('lists leads newest first by update, filtered by since and status, up to the limit', async () => {
      const { leads } = ctx.store;
      const a = makeLead(conversation, { updatedAt: minutesAfter(1) });
      const b = makeLead(conversation, { updatedAt: minutesAfter(3), status: 'updated' });
      const c = makeLead(conversation, { updatedAt: minutesAfter(2) });
      const elsewhere = makeLead(otherSite, { updatedAt: minutesAfter(4) });
      for (const lead of [a, b, c, elsewhere]) await leads.save(lead);

      expect(await leads.list({ siteId: 'site-1', limit: 10 })).toEqual([b, c, a]);
      expect(await leads.list({ siteId: 'site-1', limit: 2 })).toEqual([b, c]);
      expect(await leads.list({ siteId: 'site-1', since: minutesAfter(2), limit: 10 })).toEqual([b, c]);
      expect(await leads.list({ siteId: 'site-1', status: 'new', limit: 10 })).toEqual([c, a]);
      expect(await leads.list({ siteId: 'site-2', limit: 10 })).toEqual([elsewhere]);
    });

    it('filters by pipeline stage, counting a lead nobody moved as new', async () => {
      const { leads } = ctx.store;
      const untouched = makeLead(conversation, { updatedAt: minutesAfter(1) });
      const movedBack = makeLead(conversation, { updatedAt: minutesAfter(2), pipeline: { stage: 'new', changedAt: minutesAfter(2) } });
      const lost = makeLead(conversation, {
        updatedAt: minutesAfter(3),
        pipeline: { stage: 'lost', reason: 'bought elsewhere', assignee: 'Maria', changedAt: minutesAfter(3) },
      });
      const lostElsewhere = makeLead(otherSite, { pipeline: { stage: 'lost', changedAt: minutesAfter(4) } });
      for (const lead of [untouched, movedBack, lost, lostElsewhere]) await leads.save(lead);

      expect(await leads.list({ siteId: 'site-1', stage: 'new', limit: 10 })).toEqual([movedBack, untouched]);
      expect(await leads.list({ siteId: 'site-1', stage: 'lost', limit: 10 })).toEqual([lost]);
      expect(await leads.list({ siteId: 'site-1', stage: 'sold', limit: 10 })).toEqual([]);
    });

    it("lists a site's leads created in a range, oldest first, up to the limit", async () => {
      const { leads } = ctx.store;
      const before = makeLead(conversation, { createdAt: minutesAfter(-1) });
      const first = makeLead(conversation, { createdAt: minutesAfter(0) });
      const second = makeLead(conversation, { createdAt: minutesAfter(5) });
      const atEnd = makeLead(conversation, { createdAt: minutesAfter(10) });
      const elsewhere = makeLead(otherSite, { createdAt: minutesAfter(5) });
      for (const lead of [second, atEnd, before, first, elsewhere]) await leads.save(lead);

      const range = { siteId: 'site-1', from: minutesAfter(0), to: minutesAfter(10) };
      expect(await leads.listCreated({ ...range, limit: 10 })).toEqual([first, second]);
      expect(await leads.listCreated({ ...range, limit: 1 })).toEqual([first]);
    });

    it('returns leads with pending jobs and clears them only at the same version', async () => {
      const { leads } = ctx.store;
      const pendingJobs = [{ kind: 'email.lead' as const, event: 'lead.created' as const }];
      const first = makeLead(conversation, { pendingJobs, updatedAt: minutesAfter(1) });
      const second = makeLead(conversation, { pendingJobs, updatedAt: minutesAfter(2) });
      const done = makeLead(conversation);
      for (const lead of [second, first, done]) await leads.save(lead);

      expect(await leads.withPendingJobs(10)).toEqual([first, second]);
      expect(await leads.withPendingJobs(1)).toHaveLength(1);

      await leads.clearPendingJobs(first.id, first.version + 1);
      expect((await leads.byId(first.id))?.pendingJobs).toEqual(pendingJobs);
      await leads.clearPendingJobs(first.id, first.version);
      expect(await leads.byId(first.id)).toEqual({ ...first, pendingJobs: [] });
      expect(await leads.withPendingJobs(10)).toEqual([second]);
    });

    it('sets the delivery status only at the same version, leaving the rest of the lead alone', async () => {
      const { leads } = ctx.store;
      const lead = makeLead(conversation, { version: 2 });
      await leads.save(lead);
      const delivered = { status: 'delivered' as const, updatedAt: minutesAfter(3) };

      expect(await leads.setDelivery(lead.id, 1, delivered)).toBe(false);
      expect(await leads.byId(lead.id)).toEqual(lead);
      expect(await leads.setDelivery(lead.id, 2, delivered)).toBe(true);
      expect(await leads.byId(lead.id)).toEqual({ ...lead, delivery: delivered });
      expect(await leads.setDelivery('missing', 1, delivered)).toBe(false);
    });

    it('updates only the given fields, keeping a delivery status written meanwhile', async () => {
      const { leads } = ctx.store;
      const lead = makeLead(conversation);
      await leads.save(lead);
      const delivered = { status: 'delivered' as const, updatedAt: minutesAfter(3) };
      await leads.setDelivery(lead.id, lead.version, delivered);

      const updated = await leads.update(lead.id, { summary: 'Wants a truck.', interest: { vehicle: 'F-150' }, updatedAt: minutesAfter(4) });

      const expected = { ...lead, summary: 'Wants a truck.', interest: { vehicle: 'F-150' }, updatedAt: minutesAfter(4), delivery: delivered };
      expect(updated).toEqual(expected);
      expect(await leads.byId(lead.id)).toEqual(expected);
      expect(await leads.update('missing', { summary: 'x' })).toBeNull();
    });

    it("lists the leads any of whose conversations came from the visitor, and deletes one lead", async () => {
      const { leads } = ctx.store;
      const second = makeLead(conversation, { createdAt: minutesAfter(5) });
      const first = makeLead(conversation);
      const kept = makeLead(otherSite);
      const stranger = makeConversation(makeVisitor('site-1'));
      const shared = makeLead(stranger, { createdAt: minutesAfter(6) });
      const joined = { ...shared.conversations[0]!, conversationId: conversation.id, visitorId: visitor.id, joinedVersion: 2 };
      const sharedWithVisitor = { ...shared, conversations: [...shared.conversations, joined] };
      for (const lead of [second, first, kept, sharedWithVisitor]) await leads.save(lead);

      expect(await leads.listByVisitor(visitor.id)).toEqual([first, second, sharedWithVisitor]);
      expect(await leads.listByVisitor(stranger.visitorId)).toEqual([sharedWithVisitor]);
      expect(await leads.delete(first.id)).toBe(1);
      expect(await leads.delete(first.id)).toBe(0);
      expect(await leads.listByVisitor(visitor.id)).toEqual([second, sharedWithVisitor]);
      expect(await leads.listByVisitor(kept.visitorId)).toEqual([kept]);
    });

    it('finds a lead by the phone or email a later conversation gave, and reads an older lead as one conversation', async () => {
      const { leads } = ctx.store;
      const lead = makeLead(conversation, { contact: { name: 'Ana Diaz', phone: '+13125550142' } });
      const later = { ...lead.conversations[0]!, conversationId: 'c-2', contact: { email: 'later@example.com' }, joinedVersion: 2 };
      await leads.save({ ...lead, conversations: [...lead.conversations, later] });
      expect((await leads.findRecentByContact('site-1', { email: 'later@example.com' }, minutesAfter(-60)))?.id).toBe(lead.id);

      const { conversations: _entries, ...older } = makeLead(conversation, { doNotContact: true });
      await leads.save(older as typeof lead);
      const read = await leads.byId(older.id);
      expect(read?.conversations).toEqual([
        expect.objectContaining({ conversationId: conversation.id, visitorId: visitor.id, contact: older.contact, joinedVersion: 1 }),
      ]);
      expect(read?.conversations[0]?.consent.revokedAt).toBeInstanceOf(Date);
    });
  });
}
