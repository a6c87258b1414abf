import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ContractContext } from './contract-context.js';
import {
  makeAudit,
  makeConversation,
  makeJob,
  makeLead,
  makeMessage,
  makeSite,
  makeVisitor,
  minutesAfter,
  waitingHandoff,
} from './fixtures.js';

const NO_REOPEN = 'the adapter gives no reopen';

export function persistenceContract(ctx: ContractContext): void {
  describe('persistence', () => {
    it('keeps every record, Dates included, after close and reopen', async ({ skip }) => {
      const reopen = ctx.reopen ?? skip(NO_REOPEN);
      const site = makeSite({ consentText: { es: 'Al compartir su número...' } });
      const visitor = makeVisitor(site.id, { pages: [{ url: 'https://sunrise.example/', at: minutesAfter(1) }] });
      const conversation = makeConversation(visitor, {
        state: {
          turn: 2,
          phoneAsks: 1,
          declinedPhone: false,
          optedOut: false,
          humanRequested: false,
          disclosure: { text: 'We may call you.', shownAt: minutesAfter(2), messageId: 'm-1' },
        },
      });
      const message = makeMessage(conversation, { clientId: randomUUID() });
      const lead = makeLead(conversation, { pendingJobs: [{ kind: 'webhook', event: 'lead.created' }] });
      const job = makeJob(lead);
      const audit = makeAudit(site.id);
      const { store } = ctx;
      await store.sites.insert(site);
      await store.visitors.insert(visitor);
      await store.conversations.insert(conversation);
      await store.messages.insert(message);
      await store.leads.save(lead);
      await store.outbox.insertMissing([job]);
      const claimed = await store.outbox.claim('worker-a', minutesAfter(1), 60_000);
      await store.audit.insert(audit);
      await store.meta.setIfAbsent('tokenSecret', 'secret');

      const again = await reopen();

      expect(await again.sites.byPublicKey(site.publicKey)).toEqual(site);
      expect(await again.visitors.byId(visitor.id)).toEqual(visitor);
      expect(await again.conversations.openForVisitor(visitor.id)).toEqual(conversation);
      expect(await again.messages.byClientId(conversation.id, message.clientId ?? '')).toEqual(message);
      expect(await again.leads.byId(lead.id)).toEqual(lead);
      expect(await again.outbox.byId(job.id)).toEqual(claimed);
      expect(await again.audit.list(site.id)).toEqual([audit]);
      expect(await again.meta.get('tokenSecret')).toBe('secret');
      expect((await again.visitors.byId(visitor.id))?.pages[0]?.at).toBeInstanceOf(Date);
      expect((await again.conversations.byId(conversation.id))?.state.disclosure?.shownAt).toBeInstanceOf(Date);
      expect((await again.leads.byId(lead.id))?.consent.shownAt).toBeInstanceOf(Date);
      expect((await again.outbox.byId(job.id))?.leaseUntil).toBeInstanceOf(Date);
    });

    it('keeps updates and deletions after close and reopen', async ({ skip }) => {
      const reopen = ctx.reopen ?? skip(NO_REOPEN);
      const { store } = ctx;
      const site = makeSite({ phone: '+13125550100' });
      const gone = makeVisitor(site.id);
      const lead = makeLead(makeConversation(gone), { pendingJobs: [{ kind: 'email.lead', event: 'lead.created' }] });
      await store.sites.insert(site);
      await store.visitors.insert(gone);
      await store.leads.save(lead);

      const updated = await store.sites.update(site.id, { name: 'Sunset Motors', phone: undefined });
      await store.visitors.delete(gone.id);
      await store.leads.clearPendingJobs(lead.id, lead.version);
      await reopen();
      const again = await reopen();

      expect(await again.sites.byId(site.id)).toEqual(updated);
      expect(await again.sites.byId(site.id)).not.toHaveProperty('phone');
      expect(await again.visitors.byId(gone.id)).toBeNull();
      expect(await again.leads.withPendingJobs(10)).toEqual([]);
    });

    it('finds a waiting escalation past its deadline after reopen, which is how the sweep finds one a restart left', async ({ skip }) => {
      const reopen = ctx.reopen ?? skip(NO_REOPEN);
      const waiting = makeConversation(makeVisitor('site-1'), { handoff: waitingHandoff(minutesAfter(0), minutesAfter(1)) });
      await ctx.store.conversations.insert(waiting);

      const again = await reopen();

      expect((await again.conversations.escalationsDue(minutesAfter(2), 10)).map((record) => record.id)).toEqual([waiting.id]);
    });

    it('keeps enforcing unique keys after reopen', async ({ skip }) => {
      const reopen = ctx.reopen ?? skip(NO_REOPEN);
      const site = makeSite();
      const message = makeMessage(makeConversation(makeVisitor(site.id)), { clientId: randomUUID() });
      await ctx.store.sites.insert(site);
      await ctx.store.messages.insert(message);

      const again = await reopen();

      await expect(again.sites.insert(makeSite({ publicKey: site.publicKey }))).rejects.toThrow();
      const resend = { ...message, id: makeMessage(makeConversation(makeVisitor(site.id))).id };
      expect(await again.messages.insert(resend)).toEqual({ message, created: false });
    });
  });
}
