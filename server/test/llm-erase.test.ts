// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ok, request, talkUntilPhoneAsked } from './support/chat.js';
import { api } from './support/lead.js';
import { MODEL_ENV, useModelMock } from './support/openai-mock.js';
import { next, openVisitor, useTestSite } from './support/test-server.js';

describe('erasing a visitor while the model is still answering', () => {
  const model = useModelMock();
  const t = useTestSite(MODEL_ENV);

  it('stores nothing for the erased visitor once the reply ends', async () => {
    model.queueReplies({ pieces: ['Let me', ' check', ' what we', ' have on', ' the lot.'], delayMs: 80 });
    const { socket, session } = await openVisitor(t);
    const firstDelta = next(socket, 'message:delta');
    await ok(request(socket, 'message:send', { clientId: randomUUID(), text: 'My name is Maria, any used vans?' }));
    await firstDelta;

    const erased = await api(t, `/v1/visitors/${session.visitorId}`, { method: 'DELETE' });
    expect(erased.status).toBe(200);
    await t.server.app.engine.idle();

    expect(await t.server.store.messages.listByVisitor(session.visitorId)).toEqual([]);
    expect(await t.server.store.conversations.listByVisitor(session.visitorId)).toEqual([]);
    socket.close();
  });

  it('takes the lead this reply created with it when the erase swept the leads before that lead was saved', async () => {
    const { socket, session } = await openVisitor(t);
    await talkUntilPhoneAsked(socket);
    model.queueReplies({ pieces: ['Thank you', '! A specialist', ' will call', ' you soon.'], delayMs: 80 });
    const firstDelta = next(socket, 'message:delta');
    await ok(request(socket, 'message:send', { clientId: randomUUID(), text: 'Sure, (305) 814-2279' }));
    await firstDelta;
    expect(await t.server.store.leads.listByVisitor(session.visitorId)).toHaveLength(1);

    // The rest of an erase that had already swept the leads when this lead was saved.
    await t.server.store.conversations.deleteByVisitor(session.visitorId);
    await t.server.app.engine.idle();

    expect(await t.server.store.leads.listByVisitor(session.visitorId)).toEqual([]);
    expect((await t.server.store.outbox.listByVisitor(session.visitorId)).filter((job) => job.status !== 'delivered')).toEqual([]);
    expect(await t.server.store.messages.listByVisitor(session.visitorId)).toEqual([]);
    socket.close();
  });
});
