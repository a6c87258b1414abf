import { describe, expect, it } from 'vitest';
import type { ContractContext } from './contract-context.js';
import { makeConversation, makeVisitor, minutesAfter, waitingHandoff } from './fixtures.js';

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

    it('finds escalations still waiting past their deadline, earliest first, and forgets them once they end or are erased', async () => {
      const { conversations } = ctx.store;
      const later = makeConversation(visitor, { handoff: waitingHandoff(minutesAfter(0), minutesAfter(5)) });
      const sooner = makeConversation(otherVisitor, { handoff: waitingHandoff(minutesAfter(1), minutesAfter(2)) });
      const taken = makeConversation(visitor, { handoff: { ...waitingHandoff(), escalation: { ...waitingHandoff().escalation!, status: 'taken' } } });
      for (const conversation of [later, sooner, taken, makeConversation(visitor)]) await conversations.insert(conversation);
      const due = async (minutes: number, limit = 10) => (await conversations.escalationsDue(minutesAfter(minutes), limit)).map((record) => record.id);

      expect(await due(1)).toEqual([]);
      expect(await due(4)).toEqual([sooner.id]);
      expect(await due(9)).toEqual([sooner.id, later.id]);
      expect(await due(9, 1)).toEqual([sooner.id]);

      const ended = { ...later.handoff!, version: 2, escalation: { ...later.handoff!.escalation!, status: 'missed' as const, endedAt: minutesAfter(5) } };
      expect(await conversations.swapHandoff(later.id, 1, ended)).not.toBeNull();
      expect(await due(9)).toEqual([sooner.id]);
      await conversations.deleteByVisitor(otherVisitor.id);
      expect(await due(9)).toEqual([]);
    });

    it("lists a site's conversations with an escalation that began in a range, earlier ones of the trail included", async () => {
      const { conversations } = ctx.store;
      const twice = makeConversation(visitor, {
        createdAt: minutesAfter(0),
        handoff: {
          version: 4,
          escalation: { reason: 'rule', status: 'waiting', at: minutesAfter(90), deadline: minutesAfter(91) },
          log: [
            { kind: 'escalated', at: minutesAfter(10), reason: 'asked' },
            { kind: 'taken', at: minutesAfter(11), staff: { id: 's1', name: 'Ana' } },
            { kind: 'escalated', at: minutesAfter(90), reason: 'rule' },
          ],
        },
      });
      const once = makeConversation(otherVisitor, { createdAt: minutesAfter(1), handoff: waitingHandoff(minutesAfter(30)) });
      const elsewhere = makeConversation(makeVisitor('site-2'), { handoff: waitingHandoff(minutesAfter(30)) });
      const takenOnly = makeConversation(visitor, { handoff: { version: 1, log: [{ kind: 'taken', at: minutesAfter(30), staff: { id: 's1', name: 'Ana' } }] } });
      for (const conversation of [twice, once, elsewhere, takenOnly, makeConversation(visitor)]) await conversations.insert(conversation);
      const between = async (from: number, to: number) =>
        (await conversations.escalatedBetween({ siteId: 'site-1', from: minutesAfter(from), to: minutesAfter(to), limit: 10 })).map((record) => record.id);

      expect(await between(0, 60)).toEqual([twice.id, once.id]);
      expect(await between(20, 60)).toEqual([once.id]);
      expect(await between(60, 90)).toEqual([]);
      expect(await between(60, 120)).toEqual([twice.id]);
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
