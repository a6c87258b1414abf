import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lead } from '../../sdk/protocol/index.js';
import { postWebhook } from '../delivery/webhook.js';
import { notifyJobsQueued } from '../leads/outbox-relay.js';
import type { LeadRecord, OutboxJobRecord } from '../store/records.js';
import { makeConversation, makeJob, makeLead, makeVisitor } from '../store/contract/fixtures.js';
import { captureLead, deliveriesOf, eventually, leadOf } from './support/lead.js';
import { addSite, startTestServer, type TestSiteContext } from './support/test-server.js';
import { startTestReceiver, type TestReceiver } from './support/webhook-receiver.js';

interface LeadEvent {
  id: string;
  type: string;
  data: { lead: Lead; links: { adf: string } };
}

describe('signed webhooks to a real HTTP receiver', () => {
  let receiver: TestReceiver;
  const t = {} as TestSiteContext;

  beforeAll(async () => {
    receiver = await startTestReceiver();
    // The receiver listens on 127.0.0.1, which webhooks may reach only when the operator allows it.
    t.server = await startTestServer({ DELIVERY_RETRY_BASE_MS: '50', DELIVERY_RETRY_MAX_MS: '200', WEBHOOK_ALLOW_PRIVATE: '1' });
    t.site = await addSite(t.server, { leadRecipients: [], webhook: { url: receiver.url, secret: receiver.secret } });
  });
  afterAll(async () => {
    await t.server.destroy();
    await receiver.close();
  });

  it('posts lead.created with a signature that verifies and the job id as event id, then lead.updated', async () => {
    const { leadId } = await captureLead(t, '(305) 814-2279');
    await receiver.waitForEvents(1);
    const [request] = receiver.requests;
    expect(request?.verified).toBe(true);
    expect(request?.headers['x-cathy-event-id']).toBe(`${leadId}:1:webhook`);
    expect(request?.headers['x-cathy-signature']).toMatch(/^t=\d{10},v1=[0-9a-f]{64}$/);
    const created = JSON.parse(request?.body ?? '') as LeadEvent;
    expect(created).toMatchObject({ id: `${leadId}:1:webhook`, type: 'lead.created' });
    expect(created.data.lead).toMatchObject({ id: leadId, contact: { phone: '+13058142279', firstName: 'Maria' }, version: 1 });
    expect(created.data.links.adf).toMatch(new RegExp(`/v1/leads/${leadId}/adf$`));

    await captureLead(t, '305-814-2279');
    await receiver.waitForEvents(2);
    expect(receiver.events.get(`${leadId}:2:webhook`)).toMatchObject({ type: 'lead.updated', data: { lead: { version: 2, status: 'updated' } } });
    await eventually(() => leadOf(t, leadId), (lead) => lead.delivery.status === 'delivered');
  });

  it('retries through the outbox when the receiver answers 5xx, and delivers once', async () => {
    receiver.failNext(2, 503);
    const requestsBefore = receiver.requests.length;
    const { leadId } = await captureLead(t, '(786) 202-3310');
    await eventually(async () => receiver.events.has(`${leadId}:1:webhook`), Boolean);
    expect(receiver.requests.length - requestsBefore).toBe(3);
    const [job] = await deliveriesOf(t, leadId);
    expect(job).toMatchObject({ status: 'delivered', attempts: 3, lastError: null });
  });

  it('delivers once to the idempotent view when a worker died mid-send with the lease', async () => {
    const { store } = t.server;
    const now = new Date();
    const lead = makeLead(makeConversation(makeVisitor(t.site.site.id)), { createdAt: now, updatedAt: now });
    const eventId = `${lead.id}:1:webhook`;
    const leaseUntil = new Date(now.getTime() + 3_000);
    await store.leads.save(lead);
    const webhookJob = (forLead: LeadRecord, state: Partial<OutboxJobRecord>) =>
      makeJob(forLead, { kind: 'webhook', nextAttemptAt: now, createdAt: now, updatedAt: now, ...state });
    // What a worker killed after its POST left behind: the job still leased to it.
    await store.outbox.insertMissing([webhookJob(lead, { status: 'processing', attempts: 1, leaseOwner: 'worker-killed', leaseUntil })]);
    const body = JSON.stringify({ id: eventId, type: 'lead.created', data: { lead: { id: lead.id } } });
    await postWebhook({ url: receiver.url, secret: receiver.secret, eventId, event: 'lead.created', body, allowPrivate: true });
    const requestsBefore = receiver.requests.filter((r) => r.headers['x-cathy-event-id'] === eventId).length;
    expect(requestsBefore).toBe(1);

    // A lead queued after it is delivered: the worker has looked for due jobs and left the leased one alone.
    const later = makeLead(makeConversation(makeVisitor(t.site.site.id)), { createdAt: now, updatedAt: now });
    await store.leads.save(later);
    await store.outbox.insertMissing([webhookJob(later, {})]);
    notifyJobsQueued(store);
    await eventually(() => store.outbox.byId(`${later.id}:1:webhook`), (job) => job?.status === 'delivered');
    expect(Date.now()).toBeLessThan(leaseUntil.getTime());
    expect((await store.outbox.byId(eventId))?.leaseOwner).toBe('worker-killed');
    const done = await eventually(() => store.outbox.byId(eventId), (job) => job?.status === 'delivered');
    expect(done).toMatchObject({ attempts: 2, leaseOwner: t.server.delivery.worker.id });
    expect(receiver.requests.filter((r) => r.headers['x-cathy-event-id'] === eventId)).toHaveLength(2);
    expect([...receiver.events.keys()].filter((id) => id === eventId)).toHaveLength(1);
  });
});
