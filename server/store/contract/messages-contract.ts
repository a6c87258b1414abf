import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ContractContext } from './contract-context.js';
import { makeConversation, makeMessage, makeVisitor, minutesAfter } from './fixtures.js';

export function messagesContract(ctx: ContractContext): void {
  describe('messages', () => {
    const visitor = makeVisitor('site-1');
    const conversation = makeConversation(visitor);
    const otherConversation = makeConversation(visitor);

    it('stores a message and finds it by id and by client id', async () => {
      const { messages } = ctx.store;
      const message = makeMessage(conversation, { clientId: randomUUID() });

      expect(await messages.insert(message)).toEqual({ message, created: true });
      expect(await messages.byId(message.id)).toEqual(message);
      expect(await messages.byClientId(conversation.id, message.clientId ?? '')).toEqual(message);
      expect(await messages.byId('missing')).toBeNull();
      expect(await messages.byClientId(otherConversation.id, message.clientId ?? '')).toBeNull();
    });

    it('returns the stored message for a resend with the same client id', async () => {
      const { messages } = ctx.store;
      const clientId = randomUUID();
      const original = makeMessage(conversation, { clientId });
      await messages.insert(original);

      const resend = makeMessage(conversation, { clientId, text: 'typed again', createdAt: minutesAfter(1) });
      expect(await messages.insert(resend)).toEqual({ message: original, created: false });
      expect(await messages.byId(resend.id)).toBeNull();
      expect(await messages.after(conversation.id, undefined, 10)).toEqual([original]);
    });

    it('stores one message when the same send arrives several times at once', async () => {
      const { messages } = ctx.store;
      const clientId = randomUUID();
      const sends = [1, 2, 3, 4, 5].map(() => makeMessage(conversation, { clientId }));

      const results = await Promise.all(sends.map((message) => messages.insert(message)));

      expect(results.filter((result) => result.created)).toHaveLength(1);
      expect(new Set(results.map((result) => result.message.id)).size).toBe(1);
      expect(await messages.after(conversation.id, undefined, 10)).toHaveLength(1);
    });

    it('treats the same client id in another conversation as another message', async () => {
      const { messages } = ctx.store;
      const clientId = randomUUID();
      const first = makeMessage(conversation, { clientId });
      const second = makeMessage(otherConversation, { clientId });

      expect((await messages.insert(first)).created).toBe(true);
      expect(await messages.insert(second)).toEqual({ message: second, created: true });
      expect(await messages.byClientId(otherConversation.id, clientId)).toEqual(second);
    });

    it('stores every message without a client id', async () => {
      const { messages } = ctx.store;
      const replies = [1, 2, 3].map((n) => makeMessage(conversation, { role: 'assistant', text: `Reply ${n}` }));

      for (const reply of replies) expect((await messages.insert(reply)).created).toBe(true);
      expect(await messages.after(conversation.id, undefined, 10)).toEqual(replies);
    });

    it("finds Cathy's reply to a visitor message", async () => {
      const { messages } = ctx.store;
      const question = makeMessage(conversation, { clientId: randomUUID() });
      const unanswered = makeMessage(conversation, { clientId: randomUUID() });
      const reply = makeMessage(conversation, { role: 'assistant', text: 'We do!', replyTo: question.id });
      for (const message of [question, unanswered, reply]) await messages.insert(message);

      expect(await messages.replyTo(conversation.id, question.id)).toEqual(reply);
      expect(await messages.replyTo(conversation.id, unanswered.id)).toBeNull();
      expect(await messages.replyTo(otherConversation.id, question.id)).toBeNull();
    });
  });
}
