import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { MessageSendResult } from '../../sdk/protocol/index.js';
import { ok, request, talkUntilPhoneAsked } from './support/chat.js';
import { eventually } from './support/lead.js';
import { openVisitor, useTestSite } from './support/test-server.js';

describe('a visitor message acknowledged before its reply was made', () => {
  const t = useTestSite();

  it('gets its reply and its lead at the next boot, though the visitor never comes back', async () => {
    const { socket, session } = await openVisitor(t);
    await talkUntilPhoneAsked(socket);
    socket.close();
    // What a kill -9 right after the ack of the number leaves: the message stored, no reply, no lead.
    const id = uuidv7();
    await t.server.store.messages.insert({
      id,
      seq: id,
      conversationId: session.conversationId,
      siteId: t.site.site.id,
      visitorId: session.visitorId,
      role: 'visitor',
      text: 'It is (786) 202-3361',
      clientId: randomUUID(),
      createdAt: new Date(),
    });

    t.server = await t.server.restart();
    const reply = await eventually(
      () => t.server.store.messages.replyTo(session.conversationId, id),
      (found) => found !== null,
    );
    expect(reply?.role).toBe('assistant');
    const [lead] = await t.server.store.leads.listByVisitor(session.visitorId);
    expect(lead?.contact.phone).toBe('+17862023361');
    expect(lead?.consent.givenAt).toBeInstanceOf(Date);
  });

  it('gets its reply and its lead from the next sweep when a store write failed, without a restart', async () => {
    const { socket, session } = await openVisitor(t);
    await talkUntilPhoneAsked(socket);
    const { leads } = t.server.store;
    const save = leads.save.bind(leads);
    let refused = 0;
    leads.save = async (lead) => {
      if (refused++ === 0) throw new Error('EROFS: read-only file system');
      return save(lead);
    };
    const sent = await ok(request<MessageSendResult>(socket, 'message:send', { clientId: randomUUID(), text: 'It is (786) 202-3361' }));
    await eventually(
      async () => refused,
      (count) => count >= 1,
    );
    expect(await t.server.store.leads.listByVisitor(session.visitorId)).toEqual([]);

    expect(await t.server.unanswered.runOnce()).toBe(1);
    const [lead] = await t.server.store.leads.listByVisitor(session.visitorId);
    expect(lead?.contact.phone).toBe('+17862023361');
    expect(await t.server.store.messages.replyTo(session.conversationId, sent.message.id)).not.toBeNull();
    expect(await t.server.unanswered.runOnce()).toBe(0);
    socket.close();
  });

  it('reads every page of a busy look-back, not only the first', async () => {
    const { socket, session } = await openVisitor(t);
    socket.close();
    const stored = ['Do you have any used Tacomas?', 'And what are your hours on Sunday?'].map((text) => {
      const id = uuidv7();
      return { id, seq: id, conversationId: session.conversationId, siteId: t.site.site.id, visitorId: session.visitorId, role: 'visitor' as const, text, clientId: randomUUID(), createdAt: new Date() };
    });
    for (const message of stored) await t.server.store.messages.insert(message);

    // One message a page: the second is only found by reading on.
    const sweep = t.server.app.engine.sweepUnanswered({ batch: 1, intervalMs: 3_600_000 });
    try {
      await sweep.runOnce();
      for (const message of stored) expect(await t.server.store.messages.replyTo(session.conversationId, message.id)).not.toBeNull();
    } finally {
      await sweep.stop();
    }
  });
});
