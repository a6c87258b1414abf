import { describe, expect, it } from 'vitest';
import { INBOX_STATES } from '../../../sdk/protocol/index.js';
import { inboxState, type InboxStoreQuery } from '../inbox-query.js';
import type { ConversationRecord } from '../records.js';
import type { ContractContext } from './contract-context.js';
import { makeConversation, makeVisitor, minutesAfter, T0, waitingHandoff } from './fixtures.js';

const SITE = 'site-inbox';

async function seed(ctx: ContractContext, overrides: Partial<ConversationRecord>, messageAt?: Date, role: 'visitor' | 'assistant' | 'agent' = 'visitor') {
  const conversation = makeConversation(makeVisitor(SITE), overrides);
  await ctx.store.conversations.insert(conversation);
  if (!messageAt) return conversation;
  // The inbox lists only conversations in which the shopper wrote; theirs came first, long ago.
  if (role !== 'visitor') await ctx.store.conversations.recordMessage(conversation.id, { role: 'visitor', text: 'hello', at: T0 });
  return (await ctx.store.conversations.recordMessage(conversation.id, { role, text: 'hi', at: messageAt })) ?? conversation;
}

async function allPages(ctx: ContractContext, query: Omit<InboxStoreQuery, 'limit' | 'after'>, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let after: InboxStoreQuery['after'];
  for (;;) {
    const page = await ctx.store.conversations.inbox({ ...query, limit, after });
    ids.push(...page.map((record) => record.id));
    const last = page.at(-1);
    if (page.length < limit || !last?.activity) return ids;
    after = { at: last.activity.at, id: last.id };
  }
}

export function inboxContract(ctx: ContractContext): void {
  describe('inbox', () => {
    it('counts each stored message into activity: newest time kept, visitor time apart, preview replaced', async () => {
      const conversation = await seed(ctx, {});
      const { conversations } = ctx.store;
      await conversations.recordMessage(conversation.id, { role: 'visitor', text: 'Hello', at: minutesAfter(5) });
      const after = await conversations.recordMessage(conversation.id, { role: 'assistant', text: 'Hi there', at: minutesAfter(3) });
      expect(after?.activity).toEqual({
        at: minutesAfter(5),
        visitorAt: minutesAfter(5),
        count: 2,
        last: { role: 'assistant', text: 'Hi there', at: minutesAfter(3) },
      });
      expect(await conversations.recordMessage('missing', { role: 'visitor', text: 'x', at: T0 })).toBeNull();
    });

    it("lists a site's conversations newest activity first and pages through all of them once with a cursor", async () => {
      const seeded: ConversationRecord[] = [];
      // Pairs share a time, so the cursor must also order by id.
      for (let i = 0; i < 7; i++) seeded.push(await seed(ctx, {}, minutesAfter(Math.floor(i / 2))));
      await seed(ctx, { siteId: 'elsewhere' }, minutesAfter(30));
      const expected = [...seeded].sort((a, b) => b.activity!.at.getTime() - a.activity!.at.getTime() || (a.id < b.id ? 1 : -1)).map((c) => c.id);
      expect(await allPages(ctx, { siteId: SITE, activeSince: minutesAfter(60) }, 3)).toEqual(expected);
    });

    it('filters by state exactly as inboxState labels, by lead and by activity range', async () => {
      const activeSince = minutesAfter(10);
      const records = [
        await seed(ctx, { handoff: waitingHandoff(), leadId: 'lead-1' }, minutesAfter(11)),
        await seed(ctx, { leadId: 'lead-2' }, minutesAfter(12)),
        await seed(ctx, { leadId: 'lead-3' }, minutesAfter(2)),
        await seed(ctx, {}, minutesAfter(3)),
        await seed(ctx, {}, minutesAfter(20), 'assistant'),
        await seed(ctx, {}),
        await seed(ctx, { handoff: { ...waitingHandoff(), escalation: { ...waitingHandoff().escalation!, status: 'taken' } } }, minutesAfter(25), 'agent'),
        await seed(ctx, { state: { ...makeConversation(makeVisitor(SITE)).state, humanRequested: true } }, minutesAfter(26)),
      ];
      const stored = await Promise.all(records.map(async (record) => (await ctx.store.conversations.byId(record.id))!));
      for (const state of INBOX_STATES) {
        const want = stored.filter((record) => inboxState(record, activeSince) === state).map((record) => record.id).sort();
        const got = await ctx.store.conversations.inbox({ siteId: SITE, state, activeSince, limit: 50 });
        expect([state, got.map((record) => record.id).sort()]).toEqual([state, want]);
      }
      expect(INBOX_STATES.map((state) => stored.filter((record) => inboxState(record, activeSince) === state).length)).toEqual([2, 1, 1, 4]);
      const withLead = await ctx.store.conversations.inbox({ siteId: SITE, hasLead: true, activeSince, limit: 50 });
      expect(withLead.map((record) => record.id).sort()).toEqual(records.slice(0, 3).map((record) => record.id).sort());
      const ranged = await ctx.store.conversations.inbox({ siteId: SITE, from: minutesAfter(3), to: minutesAfter(12), activeSince, limit: 50 });
      expect(ranged.map((record) => record.id)).toEqual([records[0]!.id, records[3]!.id]);
    });

    it('finds conversations by name, the last four digits of the phone, email and vehicle, and follows changed facts', async () => {
      const activeSince = minutesAfter(60);
      const ana = await seed(ctx, {
        facts: { firstName: 'Ana', lastName: 'García', phone: '+13125550148', email: 'Ana.G@mail.example', vehicle: { text: '2019 Honda CR-V', make: 'Honda', model: 'CR-V', year: 2019 } },
      }, minutesAfter(1));
      const bob = await seed(ctx, { facts: { firstName: 'Bob' } }, minutesAfter(2));
      const find = async (...tokens: string[]) =>
        (await ctx.store.conversations.inbox({ siteId: SITE, tokens, activeSince, limit: 50 })).map((record) => record.id);
      expect(await find('gar')).toEqual([ana.id]);
      expect(await find('0148')).toEqual([ana.id]);
      expect(await find('ana.g@mail.example')).toEqual([ana.id]);
      expect(await find('honda', 'cr-v')).toEqual([ana.id]);
      expect(await find('honda', 'bob')).toEqual([]);
      expect(await find('3125550148')).toEqual([]);
      await ctx.store.conversations.update(bob.id, { facts: { firstName: 'Bob', vehicle: { text: 'F-150', model: 'F-150' } } });
      expect(await find('f-150')).toEqual([bob.id]);
    });

    it('lists conversations stored before the inbox existed, oldest first, until they have activity', async () => {
      const old = await seed(ctx, { createdAt: minutesAfter(1) });
      const older = await seed(ctx, { createdAt: T0 });
      await seed(ctx, {}, minutesAfter(2));
      expect((await ctx.store.conversations.withoutActivity(10)).map((record) => record.id)).toEqual([older.id, old.id]);
      await ctx.store.conversations.recordMessage(older.id, { role: 'assistant', text: 'Hi', at: T0 });
      expect((await ctx.store.conversations.withoutActivity(10)).map((record) => record.id)).toEqual([old.id]);
    });

    it("leaves out conversations in which the shopper never wrote, until they do", async () => {
      const greeted = await seed(ctx, {});
      await ctx.store.conversations.recordMessage(greeted.id, { role: 'assistant', text: 'Hi! How can I help?', at: minutesAfter(5) });
      const talking = await seed(ctx, {}, minutesAfter(1));
      const page = async () => (await ctx.store.conversations.inbox({ siteId: SITE, activeSince: T0, limit: 50 })).map((record) => record.id);
      expect(await page()).toEqual([talking.id]);
      await ctx.store.conversations.recordMessage(greeted.id, { role: 'visitor', text: 'hola', at: minutesAfter(6) });
      expect(await page()).toEqual([greeted.id, talking.id]);
    });

    it('drops erased conversations from the inbox', async () => {
      const gone = await seed(ctx, {}, minutesAfter(1));
      const kept = await seed(ctx, {}, minutesAfter(2));
      await ctx.store.conversations.deleteByVisitor(gone.visitorId);
      const page = await ctx.store.conversations.inbox({ siteId: SITE, activeSince: T0, limit: 50 });
      expect(page.map((record) => record.id)).toEqual([kept.id]);
    });
  });

  describe('notes and read marks', () => {
    it("lists a conversation's notes oldest first and deletes them with the conversation", async () => {
      const { notes } = ctx.store;
      const note = (id: string, conversationId: string, at: Date) => ({ id, siteId: SITE, conversationId, author: { id: 's1', name: 'Maria' }, text: `<b>${id}</b>`, createdAt: at });
      await notes.insert(note('n2', 'c1', minutesAfter(2)));
      await notes.insert(note('n1', 'c1', minutesAfter(1)));
      await notes.insert(note('n3', 'c2', minutesAfter(1)));
      expect(await notes.listByConversation('c1')).toEqual([note('n1', 'c1', minutesAfter(1)), note('n2', 'c1', minutesAfter(2))]);
      expect(await notes.deleteByConversations(['c1'])).toBe(2);
      expect(await notes.listByConversation('c1')).toEqual([]);
      expect(await notes.listByConversation('c2')).toHaveLength(1);
    });

    it("keeps one mark per staff member and conversation and reads only that member's", async () => {
      const { readMarks } = ctx.store;
      await readMarks.mark({ siteId: SITE, staffId: 's1', conversationId: 'c1', at: minutesAfter(1) });
      await readMarks.mark({ siteId: SITE, staffId: 's1', conversationId: 'c1', at: minutesAfter(5) });
      await readMarks.mark({ siteId: SITE, staffId: 's2', conversationId: 'c1', at: minutesAfter(9) });
      await readMarks.mark({ siteId: SITE, staffId: 's1', conversationId: 'c2', at: minutesAfter(2) });
      const mine = await readMarks.forStaff('s1', ['c1', 'c3']);
      expect(mine).toEqual([{ id: 's1:c1', siteId: SITE, staffId: 's1', conversationId: 'c1', at: minutesAfter(5) }]);
      expect(await readMarks.deleteByConversations(['c1'])).toBe(2);
      expect(await readMarks.forStaff('s2', ['c1'])).toEqual([]);
    });
  });
}
