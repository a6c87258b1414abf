import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatMessage, MessageSendResult, PresenceEntry } from '../../sdk/protocol/index.js';
import { HOLDER_GRACE_MS } from '../handoff/holder-watch.js';
import { ok, request } from './support/chat.js';
import { eventually } from './support/lead.js';
import { addStaff, signIn, staffFetch, type StaffAuth } from './support/staff.js';
import { connectStaff, handback, recordSocket, takeover, type StaffClient } from './support/takeover.js';
import { addSite, openVisitor, startTestServer, type TestSiteContext, type TestSocket } from './support/test-server.js';

const PUBLIC_URL = 'http://workspace.test';
const send = (socket: TestSocket, text: string) => ok(request<MessageSendResult>(socket, 'message:send', { clientId: randomUUID(), text }));

describe('the holder left the workspace', () => {
  const t = {} as TestSiteContext;
  const staff = {} as Record<'sam' | 'pat' | 'ana' | 'max', StaffAuth>;
  // The check's own clock, moved past the grace period by the tests: the periodic pass stays out of the way.
  let skewMs = 0;
  const skipGrace = () => (skewMs += HOLDER_GRACE_MS + 1_000);

  beforeAll(async () => {
    t.server = await startTestServer({ PUBLIC_URL }, undefined, { holders: { intervalMs: 60 * 60 * 1000, now: () => new Date(Date.now() + skewMs) } });
    t.site = await addSite(t.server);
    for (const [key, name] of [['sam', 'Sam Smith'], ['pat', 'Pat Jones'], ['ana', 'Ana Ruiz'], ['max', 'Max Mills']] as const) {
      const added = await addStaff(t.server.store, { siteId: t.site.site.id, email: `${key}@a.example`, role: 'salesperson', name });
      staff[key] = await signIn(t.server.url, added.email, added.password);
    }
  });
  afterAll(() => t.server.destroy());

  const url = () => t.server.url;
  const holders = () => t.server.holders;
  const handoffOf = async (conversationId: string) => (await t.server.store.conversations.byId(conversationId))?.handoff;
  const workspace = (auth: StaffAuth) => connectStaff(url(), auth, PUBLIC_URL);
  const presence = async () =>
    ((await (await staffFetch(url(), staff.max, `/v1/staff/sites/${t.site.site.id}/presence`)).json()) as { staff: PresenceEntry[] }).staff;
  /** Closes this person's workspace and waits until the server saw it go; then a check notes them absent. */
  const leave = async (socket: StaffClient, auth: StaffAuth) => {
    socket.close();
    await eventually(presence, (entries) => !entries.some((entry) => entry.staffId === auth.me.id));
    await holders().runOnce();
  };
  const leaveForTheGracePeriod = async (socket: StaffClient, auth: StaffAuth) => {
    await leave(socket, auth);
    skipGrace();
  };

  it("gives the chat back to Cathy once the holder's workspace is gone for the grace period, and she answers the shopper's waiting message", async () => {
    const { socket, session } = await openVisitor(t);
    const events = recordSocket(socket);
    const sam = await workspace(staff.sam);
    expect((await takeover(url(), staff.sam, session.conversationId)).status).toBe(200);
    const { message: earlier } = await send(socket, 'Do you have the Civic in blue?');
    const { message } = await send(socket, 'Hello? Is anyone still there?');
    await t.server.app.engine.idle();
    expect(await t.server.store.messages.replyTo(session.conversationId, message.id)).toBeNull();

    await leave(sam, staff.sam);
    expect(await holders().runOnce()).toBe(0);
    expect((await handoffOf(session.conversationId))?.holder?.staffId).toBe(staff.sam.me.id);
    skipGrace();
    expect(await holders().runOnce()).toBe(1);

    expect(await events.waitFor('agent:left')).toMatchObject({ name: 'Sam' });
    const handoff = await handoffOf(session.conversationId);
    expect(handoff?.holder).toBeUndefined();
    expect(handoff?.log.at(-1)).toMatchObject({ kind: 'released', staff: { id: staff.sam.me.id, name: 'Sam' } });
    const reply = await t.server.store.messages.replyTo(session.conversationId, message.id);
    expect(reply?.role).toBe('assistant');
    const done = (await events.waitFor('message:done', (data: { message: ChatMessage }) => data.message.id === reply?.id)) as { message: ChatMessage };
    expect(done.message.role).toBe('assistant');
    const audit = await t.server.store.audit.list(t.site.site.id);
    expect(audit.some((entry) => entry.action === 'conversation.handed_back' && entry.subject === session.conversationId && entry.staffId === staff.sam.me.id)).toBe(true);
    // Answered once: the unanswered sweep finds nothing more, and a later check leaves the chat alone.
    expect(await t.server.unanswered.runOnce()).toBe(0);
    expect(await t.server.store.messages.replyTo(session.conversationId, earlier.id)).toBeNull();
    expect((await t.server.store.messages.latest(session.conversationId, 100)).filter((m) => m.role === 'assistant')).toHaveLength(2);
    socket.close();
  });

  it('tells staff in the workspace that the holder left and Cathy took the chat back', async () => {
    const { socket, session } = await openVisitor(t);
    const ana = await workspace(staff.ana);
    const watcher = await workspace(staff.max);
    const seen = recordSocket(watcher);
    expect((await takeover(url(), staff.ana, session.conversationId)).status).toBe(200);
    await leaveForTheGracePeriod(ana, staff.ana);
    await holders().runOnce();
    const event = (await seen.waitFor('conversation:handoff', (data: { conversationId: string; event: { kind: string } }) =>
      data.conversationId === session.conversationId && data.event.kind === 'released')) as { holder?: unknown; event: { staff?: { name: string } } };
    expect(event.holder).toBeUndefined();
    expect(event.event.staff?.name).toBe('Ana');
    watcher.close();
    socket.close();
  });

  it('lets a holder who comes back within the grace period keep the chat', async () => {
    const { socket, session } = await openVisitor(t);
    const pat = await workspace(staff.pat);
    expect((await takeover(url(), staff.pat, session.conversationId)).status).toBe(200);
    await leave(pat, staff.pat);
    const back = await workspace(staff.pat);
    skipGrace();
    await holders().runOnce();
    expect((await handoffOf(session.conversationId))?.holder?.staffId).toBe(staff.pat.me.id);
    expect((await handback(url(), staff.pat, session.conversationId)).status).toBe(200);
    back.close();
    socket.close();
  });

  it('lets a holder who set themselves away keep the chat', async () => {
    const { socket, session } = await openVisitor(t);
    const pat = await workspace(staff.pat);
    expect((await takeover(url(), staff.pat, session.conversationId)).status).toBe(200);
    expect(await new Promise((resolve) => pat.emit('presence:set', { status: 'away' }, resolve))).toEqual({ ok: true });
    await holders().runOnce();
    skipGrace();
    await holders().runOnce();
    expect((await handoffOf(session.conversationId))?.holder?.staffId).toBe(staff.pat.me.id);
    expect((await handback(url(), staff.pat, session.conversationId)).status).toBe(200);
    pat.close();
    socket.close();
  });

  it('leaves a chat handed back the usual way alone', async () => {
    const { socket, session } = await openVisitor(t);
    const events = recordSocket(socket);
    const sam = await workspace(staff.sam);
    expect((await takeover(url(), staff.sam, session.conversationId)).status).toBe(200);
    expect((await handback(url(), staff.sam, session.conversationId)).status).toBe(200);
    await events.waitFor('agent:left');
    await leaveForTheGracePeriod(sam, staff.sam);
    await holders().runOnce();
    const handoff = await handoffOf(session.conversationId);
    expect(handoff?.log.map((entry) => entry.kind)).toEqual(['taken', 'handed_back']);
    expect(events.events.filter((event) => event.name === 'agent:left')).toHaveLength(1);
    socket.close();
  });
});

describe('the holder left the workspace, with nobody calling the check', () => {
  const t = {} as TestSiteContext;
  beforeAll(async () => {
    t.server = await startTestServer({ PUBLIC_URL }, undefined, { holders: { graceMs: 300, intervalMs: 60 * 60 * 1000 } });
    t.site = await addSite(t.server);
  });
  afterAll(() => t.server.destroy());

  it('notices the workspace closing and gives the chat back when the grace period ends', async () => {
    const added = await addStaff(t.server.store, { siteId: t.site.site.id, email: 'lu@a.example', role: 'salesperson', name: 'Lu Park' });
    const lu = await signIn(t.server.url, added.email, added.password);
    const { socket, session } = await openVisitor(t);
    const events = recordSocket(socket);
    const workspace = await connectStaff(t.server.url, lu, PUBLIC_URL);
    expect((await takeover(t.server.url, lu, session.conversationId)).status).toBe(200);
    const { message } = await send(socket, 'Still there?');
    workspace.close();
    expect(await events.waitFor('agent:left')).toMatchObject({ name: 'Lu' });
    const done = (await events.waitFor('message:done', (data: { message: ChatMessage }) => data.message.role === 'assistant' && data.message.replyTo === message.id)) as { message: ChatMessage };
    expect(done.message.role).toBe('assistant');
    socket.close();
  });
});
