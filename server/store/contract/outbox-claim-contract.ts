import { describe, expect, it } from 'vitest';
import type { ContractContext } from './contract-context.js';
import { makeConversation, makeJob, makeLead, makeVisitor, minutesAfter } from './fixtures.js';

const LEASE_MS = 60_000;

export function outboxClaimContract(ctx: ContractContext): void {
  describe('outbox claims', () => {
    const lead = makeLead(makeConversation(makeVisitor('site-1')));

    it('claims due pending jobs only, and sets the lease', async () => {
      const { outbox } = ctx.store;
      const due = makeJob(lead, { kind: 'email.lead' });
      const later = makeJob(lead, { kind: 'email.adf', nextAttemptAt: minutesAfter(1.5) });
      const delivered = makeJob(lead, { kind: 'webhook', status: 'delivered' });
      const failed = makeJob({ ...lead, version: 2 }, { status: 'failed' });
      await outbox.insertMissing([due, later, delivered, failed]);
      const now = minutesAfter(1);

      const claimed = await outbox.claim('worker-a', now, LEASE_MS);

      const lease = { leaseOwner: 'worker-a', leaseUntil: new Date(now.getTime() + LEASE_MS) };
      expect(claimed).toEqual({ ...due, ...lease, status: 'processing', attempts: 1, updatedAt: now });
      expect(await outbox.byId(due.id)).toEqual(claimed);
      expect(await outbox.claim('worker-b', now, LEASE_MS)).toBeNull();
      expect((await outbox.claim('worker-b', minutesAfter(1.5), LEASE_MS))?.id).toBe(later.id);
    });

    it('gives one job to only one of two claims racing for it', async () => {
      const { outbox } = ctx.store;
      await outbox.insertMissing([makeJob(lead)]);
      const now = minutesAfter(1);

      const results = await Promise.all([
        outbox.claim('worker-a', now, LEASE_MS),
        outbox.claim('worker-b', now, LEASE_MS),
      ]);

      expect(results.filter((job) => job !== null)).toHaveLength(1);
    });

    it('gives each of several due jobs to exactly one of several racing claims', async () => {
      const { outbox } = ctx.store;
      const jobs = (['email.lead', 'email.adf', 'webhook'] as const).map((kind) => makeJob(lead, { kind }));
      await outbox.insertMissing(jobs);

      const claims = ['a', 'b', 'c', 'd', 'e'].map((owner) => outbox.claim(owner, minutesAfter(1), LEASE_MS));
      const ids = (await Promise.all(claims)).flatMap((job) => (job ? [job.id] : []));

      expect(ids.toSorted()).toEqual(jobs.map((job) => job.id).toSorted());
    });

    it('says since when the longest-waiting claimable job has been due, counting expired leases', async () => {
      const { outbox } = ctx.store;
      expect(await outbox.dueSince(minutesAfter(1))).toBeNull();
      const later = makeJob(lead, { kind: 'email.adf', nextAttemptAt: minutesAfter(2) });
      await outbox.insertMissing([makeJob(lead, { nextAttemptAt: minutesAfter(0.5) }), later]);
      expect(await outbox.dueSince(minutesAfter(1))).toEqual(minutesAfter(0.5));

      await outbox.claim('worker-a', minutesAfter(1), LEASE_MS);
      expect(await outbox.dueSince(minutesAfter(1.5))).toBeNull();
      expect(await outbox.dueSince(minutesAfter(2.5))).toEqual(minutesAfter(2));
      await outbox.claim('worker-a', minutesAfter(2.5), LEASE_MS);
      await outbox.claim('worker-a', minutesAfter(2.5), LEASE_MS);
      expect(await outbox.dueSince(minutesAfter(3))).toBeNull();
      expect(await outbox.dueSince(minutesAfter(4))).toEqual(minutesAfter(3.5));
    });

    it('reclaims a job whose lease expired', async () => {
      const { outbox } = ctx.store;
      const job = makeJob(lead);
      await outbox.insertMissing([job]);
      await outbox.claim('worker-a', minutesAfter(1), LEASE_MS);

      expect(await outbox.claim('worker-b', minutesAfter(1.5), LEASE_MS)).toBeNull();
      const reclaimed = await outbox.claim('worker-b', minutesAfter(2.5), LEASE_MS);

      expect(reclaimed).toMatchObject({ id: job.id, status: 'processing', leaseOwner: 'worker-b', attempts: 2 });
      expect(await outbox.finish(job.id, 'worker-a', { status: 'delivered' })).toBe(false);
    });

    it('lets only the lease holder finish a job', async () => {
      const { outbox } = ctx.store;
      const job = makeJob(lead);
      await outbox.insertMissing([job]);
      const claimed = await outbox.claim('worker-a', minutesAfter(1), LEASE_MS);

      expect(await outbox.finish(job.id, 'worker-b', { status: 'failed', lastError: 'stolen' })).toBe(false);
      expect(await outbox.byId(job.id)).toEqual(claimed);

      const patch = { status: 'delivered' as const, deliveredAt: minutesAfter(2), deliveredTo: 'smtp' };
      expect(await outbox.finish(job.id, 'worker-a', patch)).toBe(true);
      expect(await outbox.byId(job.id)).toMatchObject({ ...patch, attempts: 1 });
      expect(await outbox.finish(job.id, 'worker-a', { status: 'failed' })).toBe(false);
      expect(await outbox.finish('missing', 'worker-a', { status: 'failed' })).toBe(false);
    });

    it('extends a lease only for its holder, so a slow send is not claimed again', async () => {
      const { outbox } = ctx.store;
      const job = makeJob(lead);
      await outbox.insertMissing([job]);
      await outbox.claim('worker-a', minutesAfter(1), LEASE_MS);

      expect(await outbox.renew(job.id, 'worker-b', minutesAfter(10))).toBe(false);
      expect(await outbox.renew(job.id, 'worker-a', minutesAfter(3))).toBe(true);
      expect(await outbox.byId(job.id)).toMatchObject({ status: 'processing', leaseOwner: 'worker-a', leaseUntil: minutesAfter(3), attempts: 1 });
      expect(await outbox.claim('worker-b', minutesAfter(2.5), LEASE_MS)).toBeNull();
      expect((await outbox.claim('worker-b', minutesAfter(3), LEASE_MS))?.leaseOwner).toBe('worker-b');
      expect(await outbox.renew(job.id, 'worker-a', minutesAfter(5))).toBe(false);
      expect(await outbox.renew('missing', 'worker-a', minutesAfter(5))).toBe(false);
    });

    it('schedules a retry through finish and claims it again when due', async () => {
      const { outbox } = ctx.store;
      const job = makeJob(lead);
      await outbox.insertMissing([job]);
      await outbox.claim('worker-a', minutesAfter(1), LEASE_MS);

      const retry = { status: 'pending' as const, nextAttemptAt: minutesAfter(5), lastError: 'SMTP 421' };
      expect(await outbox.finish(job.id, 'worker-a', retry)).toBe(true);

      expect(await outbox.claim('worker-b', minutesAfter(4), LEASE_MS)).toBeNull();
      const again = await outbox.claim('worker-b', minutesAfter(5), LEASE_MS);
      expect(again).toMatchObject({ ...retry, status: 'processing', attempts: 2 });
    });
  });
}
