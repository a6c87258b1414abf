import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatMessage, ConversationDetail, ConversationHolder, ErrorResponse, MessageSendResult, SessionStartResult } from '../../sdk/protocol/index.js';
import { PAGE, ok, request, say, startSession } from './support/chat.js';
import { FIRST_DELTA, gatedResponder } from './support/gated-responder.js';
import { eventually } from './support/lead.js';
import { addStaff, signIn, staffFetch, type StaffAuth } from './support/staff.js';
import { agentSays, handback, isAgentMessage, recordSocket, takeover } from './support/takeover.js';
import { addSite, connect, connected, openVisitor, startTestServer, type TestSiteContext } from './support/test-server.js';

const PUBLIC_URL = 'http://workspace.test';

describe('live takeover', () => {
  const responder = gatedResponder();
  const t = {} as TestSiteContext;
  const staff = {} as Record<'owner' | 'manager' | 'sam' | 'pat' | 'other', StaffAuth>;

  beforeAll(async () => {
    t.server = await startTestServer({ PUBLIC_URL }, undefined, { responder });
    t.site = await addSite(t.server);
    const other = await addSite(t.server, { name: 'Other Motors' });
    const person = async (siteId: string, email: string, role: 'owner' | 'manager' | 'salesperson', name: string) => {
      const added = await addStaff(t.server.store, { siteId, email, role, name });
      return signIn(t.server.url, added.email, added.password);
    };
    staff.owner = await person(t.site.site.id, 'olga@a.example', 'owner', 'Olga Owens');
    staff.manager = await person(t.site.site.id, 'max@a.example', 'manager', 'Max Mills');
    staff.sam = await person(t.site.site.id, 'sam@a.example', 'salesperson', 'Sam Smith');
    staff.pat = await person(t.site.site.id, 'pat@a.example', 'salesperson', 'Pat Jones');
    staff.other = await person(other.site.id, 'bo@b.example', 'owner', 'Bo Brown');
  });
  afterAll(() => t.server.destroy());

  const url = () => t.server.url;
  const holderOf = async (conversationId: string) => (await t.server.store.conversations.byId(conversationId))?.handoff?.holder;
  const stored = (conversationId: string) => t.server.store.messages.latest(conversationId, 100);
  const errorOf = async (res: Response) => ((await res.json()) as ErrorResponse).error;
  const send = (socket: Parameters<typeof request>[0], text: string) =>
    ok(request<MessageSendResult>(socket, 'message:send', { clientId: randomUUID(), text }));

  it('gives a chat two staff take over at once to exactly one of them; the other hears who has it', async () => {
    const { socket, session } = await openVisitor(t);
    const events = recordSocket(socket);
    const [a, b] = await Promise.all([takeover(url(), staff.sam, session.conversationId), takeover(url(), staff.pat, session.conversationId)]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const [won, lost] = a.status === 200 ? [a, b] : [b, a];
    const { holder } = (await won.json()) as { holder: ConversationHolder };
    expect(['Sam', 'Pat']).toContain(holder.name);
    const error = await errorOf(lost);
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain(holder.name);
    expect((await holderOf(session.conversationId))?.name).toBe(holder.name);
    const joined = (await events.waitFor('agent:joined')) as { name: string; dealer: string };
    expect(joined).toMatchObject({ name: holder.name, dealer: 'Test Motors' });
    const conversation = await t.server.store.conversations.byId(session.conversationId);
    expect(conversation?.handoff?.log.filter((entry) => entry.kind === 'taken')).toHaveLength(1);
    const audit = await t.server.store.audit.list(t.site.site.id);
    expect(audit.filter((entry) => entry.action === 'conversation.taken_over' && entry.subject === session.conversationId)).toHaveLength(1);
    socket.close();
  });

  it('stops the reply Cathy is streaming when the takeover lands: no delta after joined, nothing stored, the draft cancelled', async () => {
    const { socket, session } = await openVisitor(t);
    const events = recordSocket(socket);
    responder.hold();
    const { message } = await send(socket, 'Do you have any trucks?');
    await responder.streaming();
    const first = (await events.waitFor('message:delta')) as { messageId: string; delta: string };
    expect(first.delta).toBe(FIRST_DELTA);

    expect((await takeover(url(), staff.sam, session.conversationId)).status).toBe(200);
    await events.waitFor('agent:joined');
    responder.release();
    await t.server.app.engine.idle();

    const names = events.events.map((event) => event.name);
    const joinedAt = names.indexOf('agent:joined');
    expect(names.slice(joinedAt).filter((name) => name === 'message:delta' || name === 'message:done')).toEqual([]);
    const cancelledAt = names.indexOf('message:cancelled');
    expect(cancelledAt).toBeGreaterThan(-1);
    expect(cancelledAt).toBeLessThan(joinedAt);
    expect(events.events[cancelledAt]?.data).toEqual({ messageId: first.messageId });
    expect(events.events.some((e) => e.name === 'typing' && (e.data as { on: boolean; role?: string }).on === false && (e.data as { role?: string }).role === 'assistant')).toBe(true);
    expect(await t.server.store.messages.replyTo(session.conversationId, message.id)).toBeNull();
    expect((await stored(session.conversationId)).filter((m) => m.role === 'assistant')).toHaveLength(1); // the greeting
    socket.close();
  });

  it('stores no reply when another server process took the chat over while Cathy wrote it', async () => {
    const { socket, session } = await openVisitor(t);
    const events = recordSocket(socket);
    responder.hold();
    const { message } = await send(socket, 'Is the Tacoma still there?');
    await responder.streaming();
    // Another process's takeover: the store changes, this process's abort registry hears nothing.
    const since = new Date();
    const swapped = await t.server.store.conversations.swapHandoff(session.conversationId, 0, {
      version: 1,
      holder: { staffId: staff.sam.me.id, name: 'Sam', since },
      log: [{ kind: 'taken', at: since, staff: { id: staff.sam.me.id, name: 'Sam Smith' } }],
    });
    expect(swapped).not.toBeNull();
    responder.release();
    await t.server.app.engine.idle();
    const cancelled = (await events.waitFor('message:cancelled')) as { messageId: string };
    expect(await t.server.store.messages.replyTo(session.conversationId, message.id)).toBeNull();
    expect(events.events.some((e) => e.name === 'message:done' && (e.data as { message: ChatMessage }).message.id === cancelled.messageId)).toBe(false);
    socket.close();
  });

  it('shows a shopper who reconnects mid-takeover the person, their messages, and gives their words no reply from Cathy', async () => {
    const first = await openVisitor(t);
    await say(first.socket, 'Hi, I want a used CR-V');
    expect((await takeover(url(), staff.pat, first.session.conversationId)).status).toBe(200);
    first.socket.close();

    const socket = connect(url(), { siteKey: t.site.site.publicKey, visitorId: first.session.visitorId, visitorToken: first.session.visitorToken });
    await connected(socket);
    const session: SessionStartResult = await startSession(socket, PAGE);
    expect(session.conversationId).toBe(first.session.conversationId);
    expect(session.agent).toMatchObject({ name: 'Pat', dealer: 'Test Motors' });
    const events = recordSocket(socket);

    const res = await agentSays(url(), staff.pat, session.conversationId, "Hi, I'm Pat. The CR-V is still here.");
    expect(res.status).toBe(201);
    const done = (await events.waitFor('message:done', isAgentMessage("Hi, I'm Pat. The CR-V is still here."))) as { message: ChatMessage };
    expect(done.message.author).toEqual({ name: 'Pat' });

    const { message } = await send(socket, 'Great, call me at (786) 202-3361');
    await t.server.app.engine.idle();
    expect(await t.server.store.messages.replyTo(session.conversationId, message.id)).toBeNull();
    // A later message of Pat's arrives after anything Cathy would have sent: she sent nothing, not even typing.
    await agentSays(url(), staff.pat, session.conversationId, 'Thanks, I will call you.');
    await events.waitFor('message:done', isAgentMessage('Thanks, I will call you.'));
    expect(events.events.filter((e) => e.name === 'message:done').map((e) => (e.data as { message: ChatMessage }).message.role)).toEqual(['agent', 'agent']);
    expect(events.events.map((e) => e.name).filter((name) => name === 'message:delta' || name === 'typing' || name === 'message:cancelled')).toEqual([]);
    // The number given to the person makes a lead as it would with Cathy.
    const [lead] = await t.server.store.leads.listByVisitor(session.visitorId);
    expect(lead?.contact.phone).toBe('+17862023361');
    const history = await stored(session.conversationId);
    expect(history.find((m) => m.role === 'agent')?.author).toMatchObject({ name: 'Pat', staffId: staff.pat.me.id });
    // The workspace shows who has it, and the shopper's data export carries the person's messages by name.
    const detail = (await (await staffFetch(url(), staff.sam, `/v1/staff/conversations/${session.conversationId}`)).json()) as ConversationDetail;
    expect(detail.item.holder).toMatchObject({ staffId: staff.pat.me.id, name: 'Pat' });
    expect(detail.handoff.map((event) => event.kind)).toEqual(['taken']);
    const exported = await fetch(`${url()}/v1/visitors/${session.visitorId}/export`, { headers: { authorization: `Bearer ${t.site.secretKey}` } });
    const { messages } = (await exported.json()) as { messages: ChatMessage[] };
    expect(messages.filter((m) => m.role === 'agent').map((m) => m.author?.name)).toEqual(['Pat', 'Pat']);
    socket.close();
  });

  it('lets Cathy answer the next message after the hand-back, and the sweep never answers what the person had', async () => {
    const { socket, session } = await openVisitor(t);
    const events = recordSocket(socket);
    expect((await takeover(url(), staff.sam, session.conversationId)).status).toBe(200);
    const { message: held } = await send(socket, 'Are you a real person?');
    await t.server.app.engine.idle();
    expect(await t.server.store.messages.replyTo(session.conversationId, held.id)).toBeNull();

    expect((await handback(url(), staff.sam, session.conversationId)).status).toBe(200);
    expect(await events.waitFor('agent:left')).toMatchObject({ name: 'Sam' });
    expect(await holderOf(session.conversationId)).toBeUndefined();
    expect(await t.server.unanswered.runOnce()).toBe(0);
    expect(await t.server.store.messages.replyTo(session.conversationId, held.id)).toBeNull();

    const { reply } = await say(socket, 'Do you have any trucks?');
    expect(reply.role).toBe('assistant');
    const audit = await t.server.store.audit.list(t.site.site.id);
    expect(audit.some((entry) => entry.action === 'conversation.handed_back' && entry.subject === session.conversationId && entry.staffId === staff.sam.me.id)).toBe(true);
    socket.close();
  });

  it('lets only owners and managers take a chat from a colleague, and only the holder or they hand it back', async () => {
    const { socket, session } = await openVisitor(t);
    const id = session.conversationId;
    expect((await takeover(url(), staff.sam, id)).status).toBe(200);
    expect((await takeover(url(), staff.sam, id)).status).toBe(200);

    const forced = await takeover(url(), staff.pat, id, { force: true });
    expect(forced.status).toBe(403);
    expect((await errorOf(forced)).code).toBe('FORBIDDEN');
    expect((await handback(url(), staff.pat, id)).status).toBe(403);
    expect((await holderOf(id))?.staffId).toBe(staff.sam.me.id);

    expect((await takeover(url(), staff.manager, id, { force: true })).status).toBe(200);
    const conversation = await t.server.store.conversations.byId(id);
    expect(conversation?.handoff?.holder?.name).toBe('Max');
    expect(conversation?.handoff?.log.at(-1)).toMatchObject({ kind: 'taken', staff: { id: staff.manager.me.id }, from: { id: staff.sam.me.id, name: 'Sam' } });
    const samWrites = await agentSays(url(), staff.sam, id, 'still me?');
    expect(samWrites.status).toBe(409);

    expect((await handback(url(), staff.owner, id)).status).toBe(200);
    const again = await handback(url(), staff.owner, id);
    expect(again.status).toBe(409);
    expect((await errorOf(again)).code).toBe('CONFLICT');
    socket.close();
  });

  it("answers NOT_FOUND for another dealer's conversation and changes nothing", async () => {
    const { socket, session } = await openVisitor(t);
    const id = session.conversationId;
    for (const res of [await takeover(url(), staff.other, id), await handback(url(), staff.other, id), await agentSays(url(), staff.other, id, 'hello')]) {
      expect(res.status).toBe(404);
      expect((await errorOf(res)).code).toBe('NOT_FOUND');
    }
    expect((await t.server.store.conversations.byId(id))?.handoff).toBeUndefined();
    socket.close();
  });

  it('refuses bad bodies with VALIDATION_ERROR and changes nothing', async () => {
    const { socket, session } = await openVisitor(t);
    const id = session.conversationId;
    for (const body of [{ force: 'yes' }, { force: true, extra: 1 }, []]) {
      const res = await takeover(url(), staff.owner, id, body);
      expect((await errorOf(res)).code).toBe('VALIDATION_ERROR');
    }
    expect((await t.server.store.conversations.byId(id))?.handoff).toBeUndefined();
    expect((await takeover(url(), staff.sam, id)).status).toBe(200);
    for (const body of [{ text: 'hi' }, { clientId: 'not-a-uuid', text: 'hi' }, { clientId: randomUUID(), text: '   ' }, { clientId: randomUUID(), text: 'hi', role: 'assistant' }]) {
      const res = await staffFetch(url(), staff.sam, `/v1/staff/conversations/${id}/messages`, { method: 'POST', body });
      expect((await errorOf(res)).code).toBe('VALIDATION_ERROR');
    }
    expect((await handback(url(), staff.sam, id, { now: true })).status).toBe(400);
    expect((await holderOf(id))?.name).toBe('Sam');
    expect((await stored(id)).filter((m) => m.role === 'agent')).toEqual([]);
    socket.close();
  });

  it('stores an agent message once per clientId and counts it into the inbox', async () => {
    const { socket, session } = await openVisitor(t);
    const id = session.conversationId;
    await say(socket, 'Hello there');
    expect((await takeover(url(), staff.sam, id)).status).toBe(200);
    const clientId = randomUUID();
    const first = await agentSays(url(), staff.sam, id, 'Sam here, how can I help?', clientId);
    const again = await agentSays(url(), staff.sam, id, 'Sam here, how can I help?', clientId);
    expect([first.status, again.status]).toEqual([201, 200]);
    const [a, b] = [(await first.json()) as { message: ChatMessage }, (await again.json()) as { message: ChatMessage }];
    expect(b.message.id).toBe(a.message.id);
    expect((await stored(id)).filter((m) => m.role === 'agent')).toHaveLength(1);
    const conversation = await eventually(
      () => t.server.store.conversations.byId(id),
      (found) => found?.activity?.agentAt !== undefined,
    );
    expect(conversation?.activity?.last).toMatchObject({ role: 'agent', text: 'Sam here, how can I help?' });
    socket.close();
  });
});
