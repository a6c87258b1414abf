import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { VisitorRecord } from '../records.js';
import type { Store } from '../store.js';
import type { ContractContext } from './contract-context.js';
import { makeAudit, makeConversation, makeJob, makeLead, makeMessage, makeVisitor } from './fixtures.js';

async function seedVisitor(store: Store, visitor: VisitorRecord): Promise<string> {
  const conversation = makeConversation(visitor);
  const lead = makeLead(conversation);
  await store.visitors.insert(visitor);
  await store.conversations.insert(conversation);
  await store.messages.insert(makeMessage(conversation, { clientId: randomUUID() }));
  await store.messages.insert(makeMessage(conversation, { role: 'assistant' }));
  await store.leads.save(lead);
  await store.outbox.insertMissing([
    makeJob(lead, { kind: 'email.lead', status: 'delivered' }),
    makeJob(lead, { kind: 'webhook' }),
  ]);
  return lead.id;
}

export function erasureContract(ctx: ContractContext): void {
  describe('erasure', () => {
    it("erases a visitor's data across repos and leaves other visitors alone", async () => {
      const { store } = ctx;
      const erased = makeVisitor('site-1');
      const kept = makeVisitor('site-1');
      const erasedLead = await seedVisitor(store, erased);
      await seedVisitor(store, kept);

      const counts = {
        conversations: await store.conversations.deleteByVisitor(erased.id),
        messages: await store.messages.deleteByVisitor(erased.id),
        jobs: await store.outbox.deletePendingByLead(erasedLead),
        leads: await store.leads.delete(erasedLead),
        visitors: await store.visitors.delete(erased.id),
      };
      await store.audit.insert(makeAudit('site-1', { subject: erased.id, counts }));

      expect(counts).toEqual({ conversations: 1, messages: 2, jobs: 1, leads: 1, visitors: 1 });
      expect(await store.visitors.byId(erased.id)).toBeNull();
      expect(await store.conversations.listByVisitor(erased.id)).toEqual([]);
      expect(await store.messages.listByVisitor(erased.id)).toEqual([]);
      expect(await store.leads.listByVisitor(erased.id)).toEqual([]);
      expect((await store.outbox.listByVisitor(erased.id)).map((job) => job.status)).toEqual(['delivered']);
      expect((await store.audit.list('site-1'))[0]?.counts).toEqual(counts);

      expect(await store.visitors.byId(kept.id)).toEqual(kept);
      expect(await store.conversations.listByVisitor(kept.id)).toHaveLength(1);
      expect(await store.messages.listByVisitor(kept.id)).toHaveLength(2);
      expect(await store.leads.listByVisitor(kept.id)).toHaveLength(1);
      expect(await store.outbox.listByVisitor(kept.id)).toHaveLength(2);
    });
  });
}
