import { describe, expect, it } from 'vitest';
import type { EscalationJobRecord, StaffMailJobRecord } from '../records.js';
import type { ContractContext } from './contract-context.js';
import { makeConversation, makeJob, makeLead, makeVisitor, minutesAfter } from './fixtures.js';

export function outboxContract(ctx: ContractContext): void {
  describe('outbox', () => {
    const visitor = makeVisitor('site-1');
    const lead = makeLead(makeConversation(visitor));
    const otherLead = makeLead(makeConversation(makeVisitor('site-1')));

    it('inserts missing jobs and never overwrites an existing one', async () => {
      const { outbox } = ctx.store;
      const job = makeJob(lead);
      await outbox.insertMissing([job]);
      const claimed = await outbox.claim('worker-a', minutesAfter(1), 60_000);

      const added = makeJob(lead, { kind: 'webhook' });
      await outbox.insertMissing([job, added, job]);
      await outbox.insertMissing([]);

      expect(await outbox.byId(job.id)).toEqual(claimed);
      expect(await outbox.byId(added.id)).toEqual(added);
      expect(await outbox.byId('missing')).toBeNull();
    });

    it('sends staff mail through the same claims, but never shows, retries or counts it among the lead jobs', async () => {
      const { outbox } = ctx.store;
      const mail: StaffMailJobRecord = {
        id: 'staff-mail:1',
        siteId: 'site-1',
        staffId: 'staff-1',
        kind: 'email.staff',
        event: 'staff.invitation',
        mail: { to: 'nina@sunrise.example', locale: 'es', siteName: 'Sunrise', link: 'https://chat.example/console/invitation#token=t', expiresAt: minutesAfter(4320) },
        status: 'failed',
        attempts: 0,
        nextAttemptAt: minutesAfter(-60),
        createdAt: minutesAfter(-60),
        updatedAt: minutesAfter(-60),
      };
      await outbox.insertMissing([{ ...mail, status: 'pending' }]);

      const claimed = await outbox.claim('worker-a', minutesAfter(1), 60_000);
      expect(claimed).toEqual({ ...mail, status: 'processing', attempts: 1, leaseOwner: 'worker-a', leaseUntil: minutesAfter(2), updatedAt: minutesAfter(1) });
      expect(await outbox.byId(mail.id)).toBeNull();
      expect(await outbox.list({ siteId: 'site-1', limit: 10 })).toEqual([]);

      await outbox.finish(mail.id, 'worker-a', { status: 'failed', lastError: 'SMTP 550' });
      expect(await outbox.overdue({ writtenBefore: minutesAfter(60), limit: 10 })).toEqual([]);
      expect(await outbox.reset(mail.id, minutesAfter(2))).toBeNull();

      await outbox.insertMissing([{ ...mail, id: 'staff-mail:2', status: 'pending' }]);
      await outbox.claim('worker-a', minutesAfter(3), 60_000);
      expect(await outbox.finish('staff-mail:2', 'worker-a', { status: 'delivered', deliveredTo: 'smtp', mail: undefined })).toBe(true);
      expect(await outbox.claim('worker-a', minutesAfter(4), 60_000)).toBeNull();
    });

    it('sends escalation webhooks through the same claims, stores one per id, and never lists them among the lead jobs', async () => {
      const { outbox } = ctx.store;
      const job: EscalationJobRecord = {
        id: 'escalation:c-1:1740823200000',
        siteId: 'site-1',
        conversationId: 'c-1',
        messageId: 'm-1',
        kind: 'webhook.escalation',
        event: 'conversation.escalated',
        reason: 'asked',
        at: minutesAfter(-60),
        deadline: minutesAfter(-59),
        status: 'pending',
        attempts: 0,
        nextAttemptAt: minutesAfter(-60),
        createdAt: minutesAfter(-60),
        updatedAt: minutesAfter(-60),
      };
      await outbox.insertMissing([job]);
      await outbox.insertMissing([{ ...job, reason: 'rule' }]);

      const claimed = await outbox.claim('worker-a', minutesAfter(1), 60_000);
      expect(claimed).toEqual({ ...job, status: 'processing', attempts: 1, leaseOwner: 'worker-a', leaseUntil: minutesAfter(2), updatedAt: minutesAfter(1) });
      expect(await outbox.claim('worker-b', minutesAfter(1), 60_000)).toBeNull();
      expect(await outbox.byId(job.id)).toBeNull();
      expect(await outbox.list({ siteId: 'site-1', limit: 10 })).toEqual([]);
      await outbox.finish(job.id, 'worker-a', { status: 'failed', lastError: 'HTTP 500' });
      expect(await outbox.overdue({ writtenBefore: minutesAfter(60), limit: 10 })).toEqual([]);
      expect(await outbox.reset(job.id, minutesAfter(2))).toBeNull();
    });

    it('puts a job back to pending now and drops its lease', async () => {
      const { outbox } = ctx.store;
      const job = makeJob(lead);
      await outbox.insertMissing([job]);
      await outbox.claim('worker-a', minutesAfter(1), 60_000);
      await outbox.finish(job.id, 'worker-a', { status: 'failed', lastError: 'SMTP 550' });
      const now = minutesAfter(30);

      const reset = await outbox.reset(job.id, now);

      expect(reset).toMatchObject({ status: 'pending', nextAttemptAt: now, retriedAt: now, updatedAt: now, attempts: 0 });
      expect(reset).not.toHaveProperty('leaseOwner');
      expect(reset).not.toHaveProperty('leaseUntil');
      expect(await outbox.byId(job.id)).toEqual(reset);
      expect((await outbox.claim('worker-b', now, 60_000))?.id).toBe(job.id);
      expect(await outbox.reset('missing', now)).toBeNull();
    });

    it('resets only failed jobs, so a second retry cannot take a job from the worker sending it', async () => {
      const { outbox } = ctx.store;
      const job = makeJob(lead);
      await outbox.insertMissing([job]);
      expect(await outbox.reset(job.id, minutesAfter(1))).toBeNull();

      const claimed = await outbox.claim('worker-a', minutesAfter(1), 60_000);
      expect(await outbox.reset(job.id, minutesAfter(2))).toBeNull();
      expect(await outbox.byId(job.id)).toEqual(claimed);
      expect(await outbox.finish(job.id, 'worker-a', { status: 'delivered', deliveredTo: 'smtp' })).toBe(true);
      expect(await outbox.reset(job.id, minutesAfter(3))).toBeNull();
      expect(await outbox.byId(job.id)).toMatchObject({ status: 'delivered', attempts: 1 });
    });

    it('lists jobs newest first, filtered by site, status and lead, up to the limit', async () => {
      const { outbox } = ctx.store;
      const a = makeJob(lead, { kind: 'email.lead', createdAt: minutesAfter(1) });
      const b = makeJob(lead, { kind: 'email.adf', createdAt: minutesAfter(2), status: 'failed' });
      const c = makeJob(otherLead, { createdAt: minutesAfter(3) });
      const elsewhere = makeJob(makeLead(makeConversation(makeVisitor('site-2'))));
      await outbox.insertMissing([a, b, c, elsewhere]);

      expect(await outbox.list({ siteId: 'site-1', limit: 10 })).toEqual([c, b, a]);
      expect(await outbox.list({ siteId: 'site-1', limit: 2 })).toEqual([c, b]);
      expect(await outbox.list({ siteId: 'site-1', status: 'pending', limit: 10 })).toEqual([c, a]);
      expect(await outbox.list({ siteId: 'site-1', leadId: lead.id, limit: 10 })).toEqual([b, a]);
      expect(await outbox.list({ siteId: 'site-2', limit: 10 })).toEqual([elsewhere]);
    });

    it("lists a visitor's jobs, and deletes a lead's jobs not delivered yet", async () => {
      const { outbox } = ctx.store;
      const delivered = makeJob(lead, { kind: 'email.lead', status: 'delivered', deliveredAt: minutesAfter(1) });
      const pending = makeJob(lead, { kind: 'email.adf', createdAt: minutesAfter(1) });
      const failed = makeJob(lead, { kind: 'webhook', status: 'failed', createdAt: minutesAfter(2) });
      const someoneElses = makeJob(otherLead);
      await outbox.insertMissing([failed, pending, delivered, someoneElses]);

      expect(await outbox.listByVisitor(visitor.id)).toEqual([delivered, pending, failed]);
      expect(await outbox.deletePendingByLead(lead.id)).toBe(2);
      expect(await outbox.listByVisitor(visitor.id)).toEqual([delivered]);
      expect(await outbox.listByVisitor(otherLead.visitorId)).toEqual([someoneElses]);
    });
  });
}
