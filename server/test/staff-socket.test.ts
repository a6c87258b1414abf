import { io as connectSocket, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, InboxItem, StaffClientToServerEvents, StaffServerToClientEvents } from '../../sdk/protocol/index.js';
import { say, talkUntilPhoneAsked } from './support/chat.js';
import { api, captureLead } from './support/lead.js';
import { addStaff, signIn, staffFetch, type StaffAuth } from './support/staff.js';
import { addSite, openVisitor, startTestServer, type TestSiteContext } from './support/test-server.js';

const PUBLIC_URL = 'http://workspace.test';

type StaffClient = Socket<StaffServerToClientEvents, StaffClientToServerEvents>;

describe('the staff socket', () => {
  const a = {} as TestSiteContext;
  const b = {} as TestSiteContext;
  let salesA: StaffAuth;
  let salesB: StaffAuth;
  const open: StaffClient[] = [];

  const connect = (auth: Pick<StaffAuth, 'cookie'> | null, origin = PUBLIC_URL): StaffClient => {
    const socket: StaffClient = connectSocket(`${a.server.url}/v1/staff`, {
      extraHeaders: { origin, ...(auth && { cookie: auth.cookie }) },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    open.push(socket);
    return socket;
  };
  const connected = (socket: StaffClient) =>
    new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
  const refusal = (socket: StaffClient) =>
    new Promise<string>((resolve, reject) => {
      socket.once('connect', () => reject(new Error('connected but should have been refused')));
      socket.once('connect_error', (err) => resolve((err as Error & { data: ErrorResponse }).data.error.code));
    });
  /** Every `inbox:item` the socket gets, from now on. */
  const rows = (socket: StaffClient) => {
    const got: InboxItem[] = [];
    socket.on('inbox:item', (item) => got.push(item));
    return got;
  };
  const until = async (check: () => boolean, what: string) => {
    const started = Date.now();
    while (!check()) {
      if (Date.now() - started > 5_000) throw new Error(`no ${what} within 5 s`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  const watch = (socket: StaffClient, conversationId: unknown) =>
    new Promise<unknown>((resolve) => socket.emit('conversation:watch', { conversationId } as never, resolve));

  beforeAll(async () => {
    a.server = await startTestServer({ PUBLIC_URL });
    b.server = a.server;
    a.site = await addSite(a.server);
    b.site = await addSite(a.server, { name: 'Other Motors' });
    const staff = async (site: TestSiteContext, email: string) => {
      const added = await addStaff(a.server.store, { siteId: site.site.site.id, email, role: 'salesperson' });
      return signIn(a.server.url, added.email, added.password);
    };
    salesA = await staff(a, 'sam@a.example');
    salesB = await staff(b, 'bo@b.example');
  });
  afterEach(() => {
    for (const socket of open.splice(0)) socket.close();
  });
  afterAll(() => a.server.destroy());

  it('refuses a handshake without a session cookie, or from another origin', async () => {
    expect(await refusal(connect(null))).toBe('UNAUTHORIZED');
    expect(await refusal(connect({ cookie: 'cathy_staff=forged' }))).toBe('UNAUTHORIZED');
    expect(await refusal(connect(salesA, 'https://evil.example'))).toBe('CSRF_INVALID');
  });

  it("pushes inbox rows of the site's new conversations and messages to its staff only", async () => {
    const staffA = connect(salesA);
    const staffB = connect(salesB);
    await Promise.all([connected(staffA), connected(staffB)]);
    const seenA = rows(staffA);
    const seenB = rows(staffB);

    const visitor = await openVisitor(a);
    const conversationId = visitor.session.conversationId;
    await say(visitor.socket, 'Do you have a Tacoma?');
    await until(() => seenA.some((item) => item.conversationId === conversationId && item.lastMessage?.role === 'assistant' && item.messageCount === 3), 'row after the reply');
    // Cathy's greeting alone made no row: the first one the staff got already carries the shopper's words.
    expect(seenA.find((item) => item.conversationId === conversationId)).toMatchObject({ lastMessage: { role: 'visitor' }, unread: true, state: 'active', siteId: a.site.site.id });
    visitor.socket.close();

    // Site B's own conversation reaches its staff after site A's: by then any row of A would have arrived too.
    const other = await openVisitor(b);
    await say(other.socket, 'Hola, ¿tienen camionetas?');
    await until(() => seenB.some((item) => item.conversationId === other.session.conversationId), "site B's row");
    other.socket.close();
    expect(seenB.filter((item) => item.siteId !== b.site.site.id)).toEqual([]);
  });

  it("streams a watched conversation's messages, Cathy's reply as it streams, notes and lead changes", async () => {
    const staffA = connect(salesA);
    await connected(staffA);
    const visitor = await openVisitor(a);
    const { conversationId } = visitor.session;
    expect(await watch(staffA, conversationId)).toEqual({ ok: true });
    const messages: string[] = [];
    const deltas: string[] = [];
    const notes: string[] = [];
    const stages: string[] = [];
    staffA.on('conversation:message', (event) => messages.push(`${event.message.role}:${event.message.text}`));
    staffA.on('conversation:delta', (event) => deltas.push(event.delta));
    staffA.on('conversation:note', (note) => notes.push(note.text));
    staffA.on('conversation:lead', (event) => stages.push(event.lead.pipeline.stage));

    const { reply } = await say(visitor.socket, 'Is the CR-V still available?');
    await until(() => messages.includes(`assistant:${reply.text}`), "Cathy's stored reply");
    expect(messages[0]).toBe('visitor:Is the CR-V still available?');
    expect(deltas.join('')).toBe(reply.text);

    await staffFetch(a.server.url, salesA, `/v1/staff/conversations/${conversationId}/notes`, { method: 'POST', body: { text: '<b>VIP</b>' } });
    await until(() => notes.includes('<b>VIP</b>'), 'the note');
    visitor.socket.close();

    const lead = await captureLead(a, '(305) 814-2279');
    expect(await watch(staffA, lead.conversationId)).toEqual({ ok: true });
    await staffFetch(a.server.url, salesA, `/v1/staff/leads/${lead.leadId}`, { method: 'PATCH', body: { stage: 'contacted' } });
    await until(() => stages.includes('contacted'), 'the lead change');
    // The dealer's CRM moving it over the secret-key API shows the same way.
    await api(a, `/v1/leads/${lead.leadId}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ stage: 'appointment' }) });
    await until(() => stages.includes('appointment'), 'the change from the secret-key API');
  });

  it("shows the lead's delivery status change on the watched conversation once the worker delivers it", async () => {
    const staffA = connect(salesA);
    await connected(staffA);
    const visitor = await openVisitor(a);
    expect(await watch(staffA, visitor.session.conversationId)).toEqual({ ok: true });
    const statuses: string[] = [];
    const cards: string[][] = [];
    staffA.on('conversation:lead', (event) => {
      statuses.push(event.lead.delivery.status);
      cards.push(event.deliveries.map((d) => `${d.kind} ${d.status}`));
    });
    await talkUntilPhoneAsked(visitor.socket);
    await say(visitor.socket, 'Sure, call me at (305) 814-2279');
    // Without SMTP the salesperson email is written as a file: the status the worker sets once it is sent.
    await until(() => statuses.includes('delivered_to_file'), 'the delivered status');
    // The event carries the lead card's deliveries as they stand, so the console need not fetch them again.
    expect(cards.at(statuses.indexOf('delivered_to_file'))).toContain('email delivered');
    visitor.socket.close();
  });

  it("refuses to watch another site's conversation (NOT_FOUND) or a bad payload (VALIDATION_ERROR), and streams it nothing", async () => {
    const staffA = connect(salesA);
    await connected(staffA);
    const visitorB = await openVisitor(b);
    expect(await watch(staffA, visitorB.session.conversationId)).toEqual({ error: expect.objectContaining({ code: 'NOT_FOUND' }) });
    expect(await watch(staffA, '0196a3c1-7f52-7b8e-9d2a-5c4e1f0a9b3d')).toEqual({ error: expect.objectContaining({ code: 'NOT_FOUND' }) });
    expect(await watch(staffA, 'nope')).toEqual({ error: expect.objectContaining({ code: 'VALIDATION_ERROR' }) });
    const leaked: unknown[] = [];
    staffA.on('conversation:message', (event) => leaked.push(event));
    staffA.on('conversation:delta', (event) => leaked.push(event));

    const visitorA = await openVisitor(a);
    expect(await watch(staffA, visitorA.session.conversationId)).toEqual({ ok: true });
    const own: string[] = [];
    staffA.on('conversation:message', (event) => own.push(event.conversationId));
    await say(visitorB.socket, 'Hello from B');
    // A's own conversation, written after B's, arrives after anything of B's would have.
    await say(visitorA.socket, 'Hello from A');
    await until(() => own.filter((id) => id === visitorA.session.conversationId).length === 2, "A's messages");
    expect(leaked.filter((event) => (event as { conversationId: string }).conversationId !== visitorA.session.conversationId)).toEqual([]);
    visitorA.socket.close();
    visitorB.socket.close();
  });

  it('tells the socket its session ended and disconnects it when the person signs out everywhere', async () => {
    const added = await addStaff(a.server.store, { siteId: a.site.site.id, email: 'leaving@a.example', role: 'salesperson' });
    const auth = await signIn(a.server.url, added.email, added.password);
    const socket = connect(auth);
    await connected(socket);
    const ended = new Promise((resolve) => socket.once('session:ended', resolve));
    const gone = new Promise((resolve) => socket.once('disconnect', resolve));
    const res = await staffFetch(a.server.url, auth, '/v1/staff/auth/sign-out-everywhere', { method: 'POST', headers: { origin: PUBLIC_URL } });
    expect(res.status).toBe(204);
    expect(await ended).toEqual({ reason: 'signed_out' });
    expect(await gone).toBe('io server disconnect');
    expect(await refusal(connect(auth))).toBe('UNAUTHORIZED');
  });

  it("disconnects a removed person's socket at once with session:ended removed", async () => {
    const owner = await addStaff(a.server.store, { siteId: a.site.site.id, email: 'owner@a.example', role: 'owner' });
    const ownerAuth = await signIn(a.server.url, owner.email, owner.password);
    const leaving = await addStaff(a.server.store, { siteId: a.site.site.id, email: 'removed@a.example', role: 'salesperson' });
    const socket = connect(await signIn(a.server.url, leaving.email, leaving.password));
    await connected(socket);
    const ended = new Promise((resolve) => socket.once('session:ended', resolve));
    const res = await staffFetch(a.server.url, ownerAuth, `/v1/staff/sites/${a.site.site.id}/team/${leaving.staffId}`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect(await ended).toEqual({ reason: 'removed' });
  });

  it('ends at the next recheck a socket whose membership another process removed, or whose session is gone from the store', async () => {
    const twoSites = await addStaff(a.server.store, { siteId: a.site.site.id, email: 'both@a.example', role: 'salesperson' });
    await a.server.store.staff.addMembership(twoSites.staffId, { siteId: b.site.site.id, role: 'salesperson', addedAt: new Date() });
    const moved = connect(await signIn(a.server.url, twoSites.email, twoSites.password));
    await connected(moved);
    const lapsed = await addStaff(a.server.store, { siteId: a.site.site.id, email: 'lapsed@a.example', role: 'salesperson' });
    const lapsedAuth = await signIn(a.server.url, lapsed.email, lapsed.password);
    const expired = connect(lapsedAuth);
    await connected(expired);
    const movedEnded = new Promise((resolve) => moved.once('session:ended', resolve));
    const expiredEnded = new Promise((resolve) => expired.once('session:ended', resolve));

    // What the staff CLI or a second server process on MongoDB does, which this process's onEnded never hears of.
    await a.server.store.staff.removeMembership(twoSites.staffId, b.site.site.id);
    const [session] = await a.server.store.staffSessions.listByStaff(lapsed.staffId);
    await a.server.store.staffSessions.delete([session!.id]);
    await a.server.app.staffSockets.recheck();

    expect(await movedEnded).toEqual({ reason: 'removed' });
    expect(await expiredEnded).toEqual({ reason: 'expired' });
    expect(await refusal(connect(lapsedAuth))).toBe('UNAUTHORIZED');
    const back = connect(await signIn(a.server.url, twoSites.email, twoSites.password));
    await connected(back);
  });
});

describe('the staff socket under the per-address limit', () => {
  const t = {} as TestSiteContext;
  beforeAll(async () => {
    t.server = await startTestServer({ PUBLIC_URL, RATE_LIMIT_IP_PER_MINUTE: '4' });
    t.site = await addSite(t.server);
  });
  afterAll(() => t.server.destroy());

  it('refuses events beyond the limit with RATE_LIMITED', async () => {
    const added = await addStaff(t.server.store, { siteId: t.site.site.id, email: 'busy@a.example', role: 'salesperson' });
    const { cookie } = await signIn(t.server.url, added.email, added.password);
    const socket: StaffClient = connectSocket(`${t.server.url}/v1/staff`, { extraHeaders: { origin: PUBLIC_URL, cookie }, transports: ['websocket'], reconnection: false, forceNew: true });
    await new Promise<void>((resolve, reject) => (socket.once('connect', () => resolve()), socket.once('connect_error', reject)));
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) {
      const result = await socket.timeout(5_000).emitWithAck('conversation:watch', { conversationId: '0196a3c1-7f52-7b8e-9d2a-5c4e1f0a9b3d' });
      codes.push('error' in result ? result.error.code : 'ok');
    }
    socket.close();
    expect(codes[0]).toBe('NOT_FOUND');
    expect(codes.at(-1)).toBe('RATE_LIMITED');
  });
});
