import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChatMessage, PostMessageResult, PresenceEntry, SessionStartResult, StaffMe } from '../../sdk/protocol/index.js';
import { PAGE, startSession } from './support/chat.js';
import { addStaff, signIn, staffFetch, type StaffAuth } from './support/staff.js';
import { agentSays, connectStaff, handback, isAgentMessage, openEventsStream, recordSocket, takeover, type StaffClient } from './support/takeover.js';
import { PAGE_ORIGIN, addSite, connect, connected, openVisitor, startTestServer, type TestSiteContext } from './support/test-server.js';

const PUBLIC_URL = 'http://workspace.test';
const ALWAYS = { open: '00:00', close: '23:59' };

describe('live takeover over every transport', () => {
  const t = {} as TestSiteContext;
  let sam: StaffAuth;
  const sockets: Array<{ close(): void }> = [];

  beforeAll(async () => {
    t.server = await startTestServer({ PUBLIC_URL });
    t.site = await addSite(t.server, {
      businessHours: { mon: ALWAYS, tue: ALWAYS, wed: ALWAYS, thu: ALWAYS, fri: ALWAYS, sat: ALWAYS, sun: ALWAYS },
    });
    const added = await addStaff(t.server.store, { siteId: t.site.site.id, email: 'sam@a.example', role: 'salesperson', name: 'Sam Smith' });
    sam = await signIn(t.server.url, added.email, added.password);
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(() => t.server.destroy());

  const url = () => t.server.url;
  const staffSocket = async () => {
    const socket = await connectStaff(url(), sam, PUBLIC_URL);
    sockets.push(socket);
    return socket;
  };
  const httpSession = async (): Promise<SessionStartResult> => {
    const res = await fetch(`${url()}/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: PAGE_ORIGIN },
      body: JSON.stringify({ siteKey: t.site.site.publicKey, ...PAGE }),
    });
    return (await res.json()) as SessionStartResult;
  };
  const post = (session: SessionStartResult, path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url()}/v1/conversations/${session.conversationId}/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: PAGE_ORIGIN, authorization: `Bearer ${session.visitorToken}`, ...headers },
      body: JSON.stringify(body),
    });

  it('streams agent:joined, the agent message and agent:left to a shopper on the HTTP fallback', async () => {
    const session = await httpSession();
    const stream = await openEventsStream(url(), session.conversationId, session.visitorToken);
    sockets.push(stream);
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toMatch(/text\/event-stream/);
    expect(stream.response.headers.get('access-control-allow-origin')).toBe(PAGE_ORIGIN);

    expect((await takeover(url(), sam, session.conversationId)).status).toBe(200);
    expect(await stream.waitFor('agent:joined')).toMatchObject({ name: 'Sam', dealer: 'Test Motors' });
    await agentSays(url(), sam, session.conversationId, 'Hi, Sam here.');
    expect(await stream.waitFor('message:done', isAgentMessage('Hi, Sam here.'))).toMatchObject({ message: { author: { name: 'Sam' } } });

    // While Sam has the chat, the shopper's message gets no reply from Cathy: the answer has no `reply`.
    const res = await post(session, 'messages', { clientId: randomUUID(), text: 'Thanks Sam!' });
    const answer = (await res.json()) as PostMessageResult;
    expect(answer.message.text).toBe('Thanks Sam!');
    expect('reply' in answer).toBe(false);

    expect((await handback(url(), sam, session.conversationId)).status).toBe(200);
    expect(await stream.waitFor('agent:left')).toMatchObject({ name: 'Sam' });
  });

  it('refuses an events stream without the visitor token, and a sixth stream of one conversation', async () => {
    const session = await httpSession();
    const forged = await openEventsStream(url(), session.conversationId, 'not-a-token');
    expect(forged.response.status).toBe(401);
    await forged.response.text();
    const open = [];
    for (let i = 0; i < 5; i++) open.push(await openEventsStream(url(), session.conversationId, session.visitorToken));
    sockets.push(...open);
    expect(open.map((s) => s.response.status)).toEqual([200, 200, 200, 200, 200]);
    const sixth = await openEventsStream(url(), session.conversationId, session.visitorToken);
    expect(sixth.response.status).toBe(429);
    await sixth.response.text();
  });

  it('answers Prefer: return=minimal with 202 and the stored message, the reply coming on the events stream', async () => {
    const session = await httpSession();
    const stream = await openEventsStream(url(), session.conversationId, session.visitorToken);
    sockets.push(stream);
    const res = await post(session, 'messages', { clientId: randomUUID(), text: 'Do you have trucks?' }, { prefer: 'return=minimal' });
    expect(res.status).toBe(202);
    const body = (await res.json()) as { message: ChatMessage; reply?: unknown };
    expect(body.message.text).toBe('Do you have trucks?');
    expect(body.reply).toBeUndefined();
    const done = (await stream.waitFor('message:done', (data: { message: ChatMessage }) => data.message.replyTo === body.message.id)) as { message: ChatMessage };
    expect(done.message.role).toBe('assistant');
  });

  it('relays typing both ways while a person holds the chat, and refuses a bad typing body', async () => {
    const { socket, session } = await openVisitor(t);
    sockets.push(socket);
    const shopper = recordSocket(socket);
    const staffClient: StaffClient = await staffSocket();
    const typing: Array<{ role: string; on: boolean }> = [];
    staffClient.on('conversation:typing', (event) => typing.push(event));
    await new Promise((resolve) => staffClient.emit('conversation:watch', { conversationId: session.conversationId }, resolve));
    const handoff = new Promise((resolve) => staffClient.once('conversation:handoff', resolve));
    expect((await takeover(url(), sam, session.conversationId)).status).toBe(200);
    expect(await handoff).toMatchObject({ conversationId: session.conversationId, holder: { name: 'Sam' }, event: { kind: 'taken', staff: { id: sam.me.id } } });

    socket.emit('typing', { on: true });
    for (let waited = 0; !typing.some((e) => e.role === 'visitor' && e.on); waited += 10) {
      if (waited > 5_000) throw new Error('no visitor typing reached the staff watcher');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    staffClient.emit('conversation:typing', { conversationId: session.conversationId, on: true });
    expect(await shopper.waitFor('typing', (data: { role?: string }) => data.role === 'agent')).toEqual({ on: true, role: 'agent' });

    expect((await post(session, 'typing', { on: 'yes' })).status).toBe(400);
    expect((await post(session, 'typing', { on: false })).status).toBe(200);
  });

  it('tells a reconnecting shopper a person is reachable only while someone is online, and lists the team', async () => {
    const visitor = async () => {
      const socket = connect(url(), { siteKey: t.site.site.publicKey });
      sockets.push(socket);
      await connected(socket);
      return startSession(socket, PAGE);
    };
    expect((await visitor()).site.team.available).toBe(false);
    const staffClient = await staffSocket();
    const presence = new Promise<PresenceEntry[]>((resolve) => staffClient.on('presence', (event) => event.staff[0]?.status === 'away' && resolve(event.staff)));
    const online = await visitor();
    expect(online.site.team.available).toBe(online.site.team.open);
    const listed = await staffFetch(url(), sam, `/v1/staff/sites/${t.site.site.id}/presence`);
    expect(((await listed.json()) as { staff: PresenceEntry[] }).staff).toMatchObject([{ staffId: sam.me.id, status: 'online' }]);

    await new Promise((resolve) => staffClient.emit('presence:set', { status: 'away' }, resolve));
    expect(await presence).toMatchObject([{ staffId: sam.me.id, status: 'away' }]);
    expect((await visitor()).site.team.available).toBe(false);
  });

  it('lets a person set the name and https picture shoppers see', async () => {
    const patch = (body: unknown) => staffFetch(url(), sam, '/v1/staff/me', { method: 'PATCH', body });
    expect((await patch({ avatarUrl: 'http://cdn.example/sam.png' })).status).toBe(400);
    expect((await patch({})).status).toBe(400);
    const res = await patch({ avatarUrl: 'https://cdn.example/sam.png' });
    expect(((await res.json()) as StaffMe).avatarUrl).toBe('https://cdn.example/sam.png');

    const { socket, session } = await openVisitor(t);
    sockets.push(socket);
    const shopper = recordSocket(socket);
    expect((await takeover(url(), sam, session.conversationId)).status).toBe(200);
    expect(await shopper.waitFor('agent:joined')).toMatchObject({ name: 'Sam', avatarUrl: 'https://cdn.example/sam.png' });
    await handback(url(), sam, session.conversationId);

    const removed = await patch({ avatarUrl: null });
    expect((await removed.json()) as StaffMe).not.toHaveProperty('avatarUrl');
  });
});
