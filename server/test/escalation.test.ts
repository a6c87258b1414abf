import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, EscalationSummary, InboxPage } from '../../sdk/protocol/index.js';
import { say } from './support/chat.js';
import { eventually } from './support/lead.js';
import { addStaff, signIn, staffFetch, type StaffAuth } from './support/staff.js';
import { addSite, openVisitor, startTestServer, type TestSiteContext } from './support/test-server.js';
import { startTestReceiver, type TestReceiver } from './support/webhook-receiver.js';

const PUBLIC_URL = 'http://workspace.test';

interface EscalatedEvent {
  id: string;
  type: string;
  data: { conversationId: string; siteId: string; reason: string; at: string; deadline: string; message?: string; visitor: { name?: string; phone?: string }; links: { console: string } };
}

describe('a shopper calling for a person, through the real server', () => {
  let receiver: TestReceiver;
  const t = {} as TestSiteContext;
  let sales: StaffAuth;
  let other: StaffAuth;

  const get = async <T>(auth: StaffAuth, path: string) => {
    const res = await staffFetch(t.server.url, auth, path);
    return { status: res.status, body: (await res.json()) as T & ErrorResponse };
  };
  const summary = (auth: StaffAuth, query = '') => get<EscalationSummary>(auth, `/v1/staff/sites/${t.site.site.id}/escalations${query}`);

  beforeAll(async () => {
    receiver = await startTestReceiver();
    t.server = await startTestServer({ WEBHOOK_ALLOW_PRIVATE: '1', PUBLIC_URL });
    // No opening hours: whatever the clock says, nobody can come, so the escalation is decided at once.
    t.site = await addSite(t.server, { businessHours: {}, webhook: { url: receiver.url, secret: receiver.secret } });
    const elsewhere = await addSite(t.server, { name: 'Other Motors' });
    const member = async (siteId: string, email: string) => {
      const added = await addStaff(t.server.store, { siteId, email, role: 'salesperson', name: email.split('@')[0] });
      return signIn(t.server.url, added.email, added.password);
    };
    sales = await member(t.site.site.id, 'sam@a.example');
    other = await member(elsewhere.site.id, 'bo@b.example');
  }, 30_000);
  afterAll(async () => {
    await t.server.destroy();
    await receiver.close();
  });

  it('sends a signed conversation.escalated webhook once, answers honestly, and counts the escalation until a number turns it into a call back', async () => {
    const { socket, session } = await openVisitor(t);
    const { reply } = await say(socket, 'can I talk to a real person? my name is Dana');
    expect(reply.text).toMatch(/nobody from our team is at the chat right now/i);

    await receiver.waitForEvents(1);
    const [request] = receiver.requests;
    expect(request?.verified).toBe(true);
    expect(request?.headers['x-cathy-event']).toBe('conversation.escalated');
    const event = JSON.parse(request?.body ?? '') as EscalatedEvent;
    expect(event.type).toBe('conversation.escalated');
    expect(request?.headers['x-cathy-event-id']).toBe(event.id);
    expect(event.data).toMatchObject({
      conversationId: session.conversationId,
      siteId: t.site.site.id,
      reason: 'asked',
      message: 'can I talk to a real person? my name is Dana',
      visitor: { name: 'Dana' },
      links: { console: `${PUBLIC_URL}/console/conversations/${session.conversationId}` },
    });
    expect(event.data.deadline).toBe(event.data.at);

    expect((await summary(sales)).body).toEqual({ waiting: 0, taken: 0, callback: 0, missed: 1 });
    const inbox = await get<InboxPage>(sales, `/v1/staff/sites/${t.site.site.id}/conversations`);
    expect(inbox.body.items[0]).toMatchObject({ conversationId: session.conversationId, escalation: { reason: 'asked', status: 'missed' } });

    await say(socket, 'sure, (305) 814-2279');
    await eventually(() => summary(sales), (res) => res.body.callback === 1);
    expect((await summary(sales)).body).toEqual({ waiting: 0, taken: 0, callback: 1, missed: 0 });
    const metrics = await (await fetch(`${t.server.url}/metrics`)).text();
    expect(metrics).toContain('cathy_escalations_total{outcome="missed"} 1');
    expect(metrics).toContain('cathy_escalations_total{outcome="recovered"} 1');
    expect(receiver.requests.filter((r) => r.headers['x-cathy-event'] === 'conversation.escalated')).toHaveLength(1);
    socket.close();
  });

  it('refuses a bad range and another site, and counts nothing outside the range', async () => {
    const later = new Date(Date.now() + 60_000).toISOString();
    expect((await summary(sales, `?from=${encodeURIComponent(later)}&to=${encodeURIComponent(new Date().toISOString())}`)).body.error?.code).toBe('VALIDATION_ERROR');
    expect((await summary(sales, '?since=yesterday')).body.error?.code).toBe('VALIDATION_ERROR');
    expect((await summary(sales, '?from=2020-01-01T00:00:00Z&to=2022-01-01T00:00:00Z')).body.error?.code).toBe('VALIDATION_ERROR');
    expect((await summary(sales, '?from=2020-01-01T00:00:00Z&to=2020-06-01T00:00:00Z')).body).toEqual({ waiting: 0, taken: 0, callback: 0, missed: 0 });
    expect((await summary(other)).status).toBe(404);
  });
});
