import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationDetail, ErrorResponse, InboxPage, Lead, LeadDeliveryView, StaffNote } from '../../sdk/protocol/index.js';
import { makeJob } from '../store/contract/fixtures.js';
import { say } from './support/chat.js';
import { api, captureLead, eventually } from './support/lead.js';
import { addStaff, signIn, staffFetch, type StaffAuth } from './support/staff.js';
import { addSite, openVisitor, startTestServer, type TestSiteContext } from './support/test-server.js';
import { startTestReceiver, type TestReceiver } from './support/webhook-receiver.js';

const PUBLIC_URL = 'http://workspace.test';

describe('the staff inbox, conversation view and lead pipeline', () => {
  let receiver: TestReceiver;
  const a = {} as TestSiteContext;
  const b = {} as TestSiteContext;
  let salesA: StaffAuth & { staffId: string };
  let managerA: StaffAuth;
  let salesB: StaffAuth;
  let leadA: { leadId: string; conversationId: string };
  let quietA: string;
  let leadB: { leadId: string; conversationId: string };

  const get = async <T>(auth: StaffAuth, path: string) => {
    const res = await staffFetch(a.server.url, auth, path);
    return { status: res.status, body: (await res.json()) as T & ErrorResponse };
  };
  const send = async <T>(auth: StaffAuth, method: string, path: string, body?: unknown) => {
    const res = await staffFetch(a.server.url, auth, path, { method, body });
    return { status: res.status, body: res.status === 204 ? ({} as T & ErrorResponse) : ((await res.json()) as T & ErrorResponse) };
  };

  beforeAll(async () => {
    receiver = await startTestReceiver();
    a.server = await startTestServer({ WEBHOOK_ALLOW_PRIVATE: '1', PUBLIC_URL });
    b.server = a.server;
    a.site = await addSite(a.server, { webhook: { url: receiver.url, secret: receiver.secret } });
    b.site = await addSite(a.server, { name: 'Other Motors' });
    const staff = async (site: TestSiteContext, email: string, role: 'salesperson' | 'manager') => {
      const added = await addStaff(a.server.store, { siteId: site.site.site.id, email, role, name: email.split('@')[0] });
      return { ...(await signIn(a.server.url, added.email, added.password)), staffId: added.staffId };
    };
    salesA = await staff(a, 'sam@a.example', 'salesperson');
    managerA = await staff(a, 'mia@a.example', 'manager');
    salesB = await staff(b, 'bo@b.example', 'salesperson');
    leadA = await captureLead(a, '(305) 814-2279');
    const quiet = await openVisitor(a);
    await say(quiet.socket, 'Just looking, thanks');
    quiet.socket.close();
    quietA = quiet.session.conversationId;
    // Opened the chat and left without a word: Cathy's greeting alone is not listed.
    (await openVisitor(a)).socket.close();
    leadB = await captureLead(b, '(312) 814-3344');
  }, 30_000);
  afterAll(async () => {
    await a.server.destroy({ deadLetters: true });
    await receiver.close();
  });

  const inbox = (auth: StaffAuth, query = '') => get<InboxPage>(auth, `/v1/staff/sites/${a.site.site.id}/conversations${query}`);

  it("lists only the site's conversations, newest activity first, with the lead, the phone's last four digits and unread marks", async () => {
    const { status, body } = await inbox(salesA);
    expect(status).toBe(200);
    expect(body.items.map((item) => item.conversationId)).toEqual([quietA, leadA.conversationId]);
    const [quiet, withLead] = body.items;
    expect(withLead).toMatchObject({
      siteId: a.site.site.id,
      state: 'active',
      unread: true,
      visitor: { name: 'Maria Lopez', phoneLast4: '2279', returning: false, identified: false },
      vehicle: expect.stringMatching(/CR-V/),
      lead: { id: leadA.leadId, stage: 'new' },
    });
    expect(withLead?.visitor).not.toHaveProperty('phone');
    expect(withLead?.messageCount).toBeGreaterThan(10);
    expect(quiet).toMatchObject({ lastMessage: { role: 'assistant' }, messageCount: 3 });
    expect(quiet).not.toHaveProperty('lead');
  });

  it('filters by lead and state, searches by name, last four digits and vehicle, and pages with a cursor', async () => {
    const ids = async (query: string) => (await inbox(salesA, query)).body.items.map((item) => item.conversationId);
    expect(await ids('?hasLead=true')).toEqual([leadA.conversationId]);
    expect(await ids('?hasLead=false')).toEqual([quietA]);
    expect(await ids('?state=active')).toEqual([quietA, leadA.conversationId]);
    expect(await ids('?state=waiting')).toEqual([]);
    expect(await ids('?q=2279')).toEqual([leadA.conversationId]);
    expect(await ids('?q=maria%20lop')).toEqual([leadA.conversationId]);
    expect(await ids('?q=honda')).toEqual([leadA.conversationId]);
    expect(await ids('?q=3344')).toEqual([]);
    expect(await ids(`?to=${encodeURIComponent(new Date(Date.now() - 3_600_000).toISOString())}`)).toEqual([]);

    const first = await inbox(salesA, '?limit=1');
    expect(first.body.items.map((item) => item.conversationId)).toEqual([quietA]);
    const second = await inbox(salesA, `?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((item) => item.conversationId)).toEqual([leadA.conversationId]);
    expect(second.body.nextCursor).toBeUndefined();
  });

  it('opens a conversation with its transcript, shopper context, lead card and deliveries; marking it read clears unread for that person only', async () => {
    const { status, body } = await get<ConversationDetail>(salesA, `/v1/staff/conversations/${leadA.conversationId}`);
    expect(status).toBe(200);
    expect(body.messages[0]?.role).toBe('assistant');
    expect(body.messages.some((message) => message.text.includes('(305) 814-2279'))).toBe(true);
    expect(body.context).toMatchObject({ landingPage: { url: expect.stringContaining('/inventory/') }, returning: false, identified: false, locale: 'en' });
    expect(body.context.pagesViewed.length).toBeGreaterThan(0);
    expect(body.lead).toMatchObject({ id: leadA.leadId, contact: { phone: '+13058142279' } });
    expect(body.deliveries.map((delivery) => delivery.kind)).toContain('email');

    expect((await send(salesA, 'POST', `/v1/staff/conversations/${leadA.conversationId}/read`)).status).toBe(204);
    const row = async (auth: StaffAuth) => (await inbox(auth)).body.items.find((item) => item.conversationId === leadA.conversationId);
    expect((await row(salesA))?.unread).toBe(false);
    expect((await row(managerA))?.unread).toBe(true);
  });

  it('keeps internal notes as the text typed, never as HTML, and shows them in the conversation', async () => {
    const text = '<img src=x onerror=alert(1)> called, no answer & left a voicemail';
    const { status, body } = await send<{ note: StaffNote }>(salesA, 'POST', `/v1/staff/conversations/${leadA.conversationId}/notes`, { text });
    expect(status).toBe(201);
    expect(body.note).toMatchObject({ conversationId: leadA.conversationId, author: { id: salesA.staffId, name: 'sam' }, text });
    const detail = await get<ConversationDetail>(managerA, `/v1/staff/conversations/${leadA.conversationId}`);
    expect(detail.body.notes.map((note) => note.text)).toEqual([text]);
  });

  it('moves the lead through the pipeline: the audit names the staff member and the webhook gets lead.status_changed', async () => {
    const { status, body } = await send<{ lead: Lead }>(salesA, 'PATCH', `/v1/staff/leads/${leadA.leadId}`, { stage: 'contacted', assignee: 'sam@a.example' });
    expect(status).toBe(200);
    expect(body.lead.pipeline).toMatchObject({ stage: 'contacted', assignee: 'sam@a.example' });
    const audit = (await a.server.store.audit.list(a.site.site.id)).find((entry) => entry.subject === leadA.leadId);
    expect(audit).toMatchObject({ action: 'lead.pipeline_changed', staffId: salesA.staffId, change: { from: 'new', to: 'contacted' } });
    const changed = (request: TestReceiver['requests'][number]) => request.headers['x-cathy-event'] === 'lead.status_changed' && request.body.includes(leadA.leadId);
    await eventually(async () => receiver.requests, (requests) => requests.some(changed));

    const column = await get<{ leads: Lead[] }>(salesA, `/v1/staff/sites/${a.site.site.id}/leads?stage=contacted`);
    expect(column.body.leads.map((lead) => lead.id)).toEqual([leadA.leadId]);
    expect((await get<{ leads: Lead[] }>(salesA, `/v1/staff/sites/${a.site.site.id}/leads?stage=new`)).body.leads).toEqual([]);
    expect((await inbox(salesA, '?hasLead=true')).body.items[0]?.lead).toEqual({ id: leadA.leadId, stage: 'contacted' });
  });

  it('exports the CSV for a manager and refuses a salesperson with FORBIDDEN', async () => {
    const path = `/v1/staff/sites/${a.site.site.id}/leads/export.csv`;
    const refused = await get<unknown>(salesA, path);
    expect([refused.status, refused.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const res = await staffFetch(a.server.url, managerA, path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const csv = await res.text();
    expect(csv).toContain('Maria Lopez');
    expect(csv).not.toContain('3344');
  });

  it('retries only a failed delivery: CONFLICT for one that is not failed', async () => {
    const lead = (await a.server.store.leads.byId(leadA.leadId))!;
    const failed = makeJob(lead, { id: `${lead.id}:${lead.version}:email.adf`, kind: 'email.adf', status: 'failed', attempts: 9, lastError: 'mailbox full', createdAt: new Date(), updatedAt: new Date() });
    await a.server.store.outbox.insertMissing([failed]);
    const detail = await get<ConversationDetail>(salesA, `/v1/staff/conversations/${leadA.conversationId}`);
    expect(detail.body.deliveries.find((delivery) => delivery.id === failed.id)).toMatchObject({ kind: 'adf', status: 'failed', lastError: 'mailbox full', retryable: true });

    const retried = await send<{ delivery: LeadDeliveryView }>(salesA, 'POST', `/v1/staff/deliveries/${encodeURIComponent(failed.id)}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body.delivery).toMatchObject({ id: failed.id, status: 'pending', attempts: 0, retryable: false });
    const sent = await eventually(
      async () => (await get<ConversationDetail>(salesA, `/v1/staff/conversations/${leadA.conversationId}`)).body.deliveries,
      (deliveries) => deliveries.some((delivery) => delivery.kind === 'email' && delivery.status === 'delivered'),
    );
    const delivered = sent.find((delivery) => delivery.kind === 'email' && delivery.status === 'delivered')!;
    expect(delivered.retryable).toBe(false);
    const refused = await send<unknown>(salesA, 'POST', `/v1/staff/deliveries/${encodeURIComponent(delivered.id)}/retry`);
    expect([refused.status, refused.body.error.code]).toEqual([409, 'CONFLICT']);
  });

  it("answers NOT_FOUND for every route on another site's data and changes nothing there", async () => {
    const siteB = b.site.site.id;
    const leadBefore = await a.server.store.leads.byId(leadB.leadId);
    const jobB = (await a.server.store.outbox.list({ siteId: siteB, leadId: leadB.leadId, limit: 10 }))[0]!;
    const attempts = [
      await get<unknown>(salesA, `/v1/staff/sites/${siteB}/conversations`),
      await get<unknown>(salesA, `/v1/staff/conversations/${leadB.conversationId}`),
      await send<unknown>(salesA, 'POST', `/v1/staff/conversations/${leadB.conversationId}/read`),
      await send<unknown>(salesA, 'POST', `/v1/staff/conversations/${leadB.conversationId}/notes`, { text: 'peek' }),
      await get<unknown>(salesA, `/v1/staff/sites/${siteB}/leads`),
      await get<unknown>(managerA, `/v1/staff/sites/${siteB}/leads/export.csv`),
      await send<unknown>(salesA, 'PATCH', `/v1/staff/leads/${leadB.leadId}`, { stage: 'lost', reason: 'x' }),
      await send<unknown>(salesA, 'POST', `/v1/staff/deliveries/${encodeURIComponent(jobB.id)}/retry`),
      await get<unknown>(salesA, '/v1/staff/conversations/0196a3c1-7f52-7b8e-9d2a-5c4e1f0a9b3d'),
    ];
    expect(attempts.map((attempt) => [attempt.status, attempt.body.error.code])).toEqual(attempts.map(() => [404, 'NOT_FOUND']));
    expect(await a.server.store.leads.byId(leadB.leadId)).toEqual(leadBefore);
    expect(await a.server.store.notes.listByConversation(leadB.conversationId)).toEqual([]);
    expect(await a.server.store.readMarks.forStaff(salesA.staffId, [leadB.conversationId])).toEqual([]);
    const own = await get<InboxPage>(salesB, `/v1/staff/sites/${siteB}/conversations`);
    expect(own.body.items.map((item) => item.conversationId)).toEqual([leadB.conversationId]);
  });

  it('refuses bad queries and bodies with VALIDATION_ERROR and changes nothing', async () => {
    for (const query of ['?state=busy', '?limit=0', '?limit=101', '?hasLead=yes', '?cursor=bm9wZQ', '?from=yesterday', '?sort=name', `?from=${new Date().toISOString()}&to=${new Date(Date.now() - 1000).toISOString()}`]) {
      const { status, body } = await inbox(salesA, query);
      expect([query, status, body.error.code]).toEqual([query, 400, 'VALIDATION_ERROR']);
    }
    const notesBefore = await a.server.store.notes.listByConversation(leadA.conversationId);
    for (const note of [{}, { text: '   ' }, { text: 'x'.repeat(4001) }, { text: 'hi', pinned: true }, 'hi']) {
      const { status, body } = await send<unknown>(salesA, 'POST', `/v1/staff/conversations/${leadA.conversationId}/notes`, note);
      expect([status, body.error.code]).toEqual([400, 'VALIDATION_ERROR']);
    }
    expect(await a.server.store.notes.listByConversation(leadA.conversationId)).toEqual(notesBefore);
    const leadBefore = await a.server.store.leads.byId(leadA.leadId);
    const patched = await send<unknown>(salesA, 'PATCH', `/v1/staff/leads/${leadA.leadId}`, { stage: 'won' });
    expect([patched.status, patched.body.error.code]).toEqual([400, 'VALIDATION_ERROR']);
    expect(await a.server.store.leads.byId(leadA.leadId)).toEqual(leadBefore);
    expect((await get<unknown>(salesA, '/v1/staff/conversations/not-an-id')).status).toBe(400);
  });

  it("erases the staff notes and read marks of a shopper's conversations with the shopper", async () => {
    const shopper = await openVisitor(a);
    await say(shopper.socket, 'Hi, I am Ana');
    shopper.socket.close();
    const { conversationId, visitorId } = shopper.session;
    await send(salesA, 'POST', `/v1/staff/conversations/${conversationId}/notes`, { text: 'Ana asked about the Tacoma' });
    await send(salesA, 'POST', `/v1/staff/conversations/${conversationId}/read`);
    expect(await a.server.store.notes.listByConversation(conversationId)).toHaveLength(1);

    expect((await api(a, `/v1/visitors/${visitorId}`, { method: 'DELETE' })).status).toBe(200);
    expect(await a.server.store.notes.listByConversation(conversationId)).toEqual([]);
    expect(await a.server.store.readMarks.forStaff(salesA.staffId, [conversationId])).toEqual([]);
    expect((await inbox(salesA)).body.items.map((item) => item.conversationId)).not.toContain(conversationId);
  });

  it('answers UNAUTHORIZED without a session', async () => {
    const res = await fetch(`${a.server.url}/v1/staff/sites/${a.site.site.id}/conversations`);
    expect(res.status).toBe(401);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
