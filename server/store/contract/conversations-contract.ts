import { describe, expect, it } from 'vitest';
import type { ContractContext } from './contract-context.js';
import { makeConversation, makeVisitor, minutesAfter } from './fixtures.js';

export function conversationsContract(ctx: ContractContext): void {
  describe('conversations', () => {
    const visitor = makeVisitor('site-1');
    const otherVisitor = makeVisitor('site-1');

    it('finds and updates a conversation, nested state included', async () => {
      const { conversations } = ctx.store;
      const conversation = makeConversation(visitor, { leadId: 'lead-1' });
      await conversations.insert(conversation);
      expect(await conversations.byId(conversation.id)).toEqual(conversation);

      const state = {
        ...conversation.state,
        turn: 3,
        disclosure: { text: 'We may call you.', shownAt: minutesAfter(2), messageId: 'm-1' },
      };
      const updated = await conversations.update(conversation.id, { state, updatedAt: minutesAfter(2) });
      expect(updated).toEqual({ ...conversation, state, updatedAt: minutesAfter(2) });
      expect(updated?.state.disclosure?.shownAt).toBeInstanceOf(Date);

      const unlinked = await conversations.update(conversation.id, { leadId: undefined });
      expect(unlinked).not.toHaveProperty('leadId');
      expect(await conversations.update('missing', { status: 'closed' })).toBeNull();
      expect(await conversations.byId('missing')).toBeNull();
    });

    it('swaps the handoff only over the version it read, so one of two writers wins', async () => {
      const { conversations } = ctx.store;
      const conversation = makeConversation(visitor);
      await conversations.insert(conversation);
      const holder = (staffId: string) => ({ staffId, name: staffId, since: minutesAfter(1) });
      const first = { version: 1, holder: holder('ana'), log: [{ kind: 'taken' as const, at: minutesAfter(1), staff: { id: 'ana', name: 'Ana' } }] };

      const [a, b] = await Promise.all([
        conversations.swapHandoff(conversation.id, 0, first),
        conversations.swapHandoff(conversation.id, 0, { version: 1, holder: holder('ben'), log: [] }),
      ]);
      expect([a, b].filter(Boolean)).toHaveLength(1);
      const won = (await conversations.byId(conversation.id))?.handoff;
      expect(won?.version).toBe(1);
      expect(won?.holder?.since).toBeInstanceOf(Date);

      expect(await conversations.swapHandoff(conversation.id, 0, { ...first, holder: holder('cy') })).toBeNull();
      const handedBack = await conversations.swapHandoff(conversation.id, 1, { version: 2, log: won?.log ?? [] });
      expect(handedBack?.handoff).toEqual({ version: 2, log: won?.log ?? [] });
      expect(await conversations.swapHandoff('missing', 0, first)).toBeNull();
    });

    it("finds the visitor's newest open conversation", async () => {
      const { conversations } = ctx.store;
      const older = makeConversation(visitor);
      const newest = makeConversation(visitor, { createdAt: minutesAfter(10) });
      const closed = makeConversation(visitor, { status: 'closed', createdAt: minutesAfter(20) });
      const someoneElses = makeConversation(otherVisitor, { createdAt: minutesAfter(30) });
      for (const conversation of [newest, older, closed, someoneElses]) await conversations.insert(conversation);

      expect(await conversations.openForVisitor(visitor.id)).toEqual(newest);
      await conversations.update(newest.id, { status: 'closed' });
      expect(await conversations.openForVisitor(visitor.id)).toEqual(older);
      expect(await conversations.openForVisitor('nobody')).toBeNull();
    });

    it("lists and deletes a visitor's conversations only", async () => {
      const { conversations } = ctx.store;
      const second = makeConversation(visitor, { createdAt: minutesAfter(5) });
      const first = makeConversation(visitor);
      const kept = makeConversation(otherVisitor);
      for (const conversation of [second, first, kept]) await conversations.insert(conversation);

      expect(await conversations.listByVisitor(visitor.id)).toEqual([first, second]);
      expect(await conversations.deleteByVisitor(visitor.id)).toBe(2);
      expect(await conversations.listByVisitor(visitor.id)).toEqual([]);
      expect(await conversations.listByVisitor(otherVisitor.id)).toEqual([kept]);
    });
  });
}
