import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { MessageRecord } from '../records.js';
import type { ContractContext } from './contract-context.js';
import { makeConversation, makeMessage, makeVisitor, T0 } from './fixtures.js';

export function messageHistoryContract(ctx: ContractContext): void {
  describe('message history', () => {
    const visitor = makeVisitor('site-1');
    const conversation = makeConversation(visitor);

    /** Ids made in a tight loop: uuid v7 keeps them in order even within one millisecond. */
    const insertMany = async (count: number): Promise<MessageRecord[]> => {
      const made = Array.from({ length: count }, (_, n) => makeMessage(conversation, { text: `#${n}`, createdAt: T0 }));
      // Stored out of order: the store must order by id, not by insertion.
      const shuffled = [...made.filter((_, n) => n % 2 === 1).reverse(), ...made.filter((_, n) => n % 2 === 0)];
      for (const message of shuffled) await ctx.store.messages.insert(message);
      return made;
    };

    it('pages through history after an id, oldest first', async () => {
      const { messages } = ctx.store;
      const made = await insertMany(5);

      expect(await messages.after(conversation.id, undefined, 2)).toEqual(made.slice(0, 2));
      expect(await messages.after(conversation.id, made[1]?.id, 2)).toEqual(made.slice(2, 4));
      expect(await messages.after(conversation.id, made[4]?.id, 2)).toEqual([]);
    });

    it('orders messages made within the same millisecond by id', async () => {
      const { messages } = ctx.store;
      const made = await insertMany(150);

      expect(await messages.after(conversation.id, undefined, 1000)).toEqual(made);

      const paged: MessageRecord[] = [];
      for (let page = await messages.after(conversation.id, undefined, 40); page.length > 0; ) {
        paged.push(...page);
        page = await messages.after(conversation.id, page.at(-1)?.id, 40);
      }
      expect(paged).toEqual(made);
    });

    it('pages in store order: a reply whose id was chosen earlier comes after what was stored meanwhile', async () => {
      const { messages } = ctx.store;
      const replyId = v7();
      const visitorMessage = makeMessage(conversation, { text: 'typed while Cathy streams' });
      const reply = makeMessage(conversation, { id: replyId, seq: v7(), role: 'assistant' });
      await messages.insert(visitorMessage);
      await messages.insert(reply);

      expect((await messages.after(conversation.id, undefined, 10)).map((m) => m.id)).toEqual([visitorMessage.id, replyId]);
      expect((await messages.after(conversation.id, visitorMessage.id, 10)).map((m) => m.id)).toEqual([replyId]);
      expect((await messages.latest(conversation.id, 1)).map((m) => m.id)).toEqual([replyId]);
      expect(await messages.after(conversation.id, 'unknown', 10)).toEqual([]);
    });

    it('returns the newest messages, oldest first', async () => {
      const { messages } = ctx.store;
      const made = await insertMany(6);

      expect(await messages.latest(conversation.id, 3)).toEqual(made.slice(3));
      expect(await messages.latest(conversation.id, 10)).toEqual(made);
      expect(await messages.latest('other', 3)).toEqual([]);
    });

    it('lists visitor messages stored since a time, on every site, in store order', async () => {
      const { messages } = ctx.store;
      const old = makeMessage(conversation, { createdAt: new Date(T0.getTime() - 60_000) });
      const recent = makeMessage(conversation, { createdAt: T0 });
      const reply = makeMessage(conversation, { role: 'assistant', createdAt: T0 });
      const otherSite = makeMessage(makeConversation(makeVisitor('site-2')), { createdAt: new Date(T0.getTime() + 1) });
      for (const message of [otherSite, reply, recent, old]) await messages.insert(message);

      expect((await messages.visitorSince(T0, 10)).map((m) => m.id)).toEqual([recent.id, otherSite.id]);
      expect((await messages.visitorSince(T0, 1)).map((m) => m.id)).toEqual([recent.id]);
      expect((await messages.visitorSince(T0, 1, recent.seq)).map((m) => m.id)).toEqual([otherSite.id]);
    });

    it('keeps each conversation to its own messages', async () => {
      const { messages } = ctx.store;
      const made = await insertMany(2);
      const elsewhere = makeMessage(makeConversation(visitor));
      await messages.insert(elsewhere);

      expect(await messages.after(conversation.id, undefined, 10)).toEqual(made);
      expect(await messages.latest(elsewhere.conversationId, 10)).toEqual([elsewhere]);
    });

    it("lists and deletes a visitor's messages only", async () => {
      const { messages } = ctx.store;
      const made = await insertMany(3);
      const someoneElses = makeMessage(makeConversation(makeVisitor('site-1')));
      await messages.insert(someoneElses);

      expect(await messages.listByVisitor(visitor.id)).toEqual(made);
      expect(await messages.deleteByVisitor(visitor.id)).toBe(3);
      expect(await messages.listByVisitor(visitor.id)).toEqual([]);
      expect(await messages.listByVisitor(someoneElses.visitorId)).toEqual([someoneElses]);
    });
  });
}
