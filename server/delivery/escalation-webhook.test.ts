import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { createLeadLinks } from '../security/lead-link.js';
import { makeConversation, makeSite, makeVisitor, minutesAfter, T0, waitingHandoff } from '../store/contract/fixtures.js';
import { escalationJob } from '../escalation/escalation-job.js';
import { useTempStore } from '../test/support/temp-store.js';
import { startTestReceiver, type TestReceiver } from '../test/support/webhook-receiver.js';
import type { DeliveryContext } from './deliver-job.js';
import { deliverJob } from './deliver-job.js';
import type { Mailer } from './mailer.js';

const temp = useTempStore('cathy-escalation-webhook-');

describe('the conversation.escalated webhook', () => {
  let receiver: TestReceiver;
  beforeAll(async () => {
    receiver = await startTestReceiver();
  });
  afterAll(() => receiver.close());
  afterEach(() => {
    receiver.requests.length = 0;
    receiver.events.clear();
  });

  async function setup(handoff = waitingHandoff(T0)) {
    const site = makeSite({ webhook: { url: receiver.url, secret: receiver.secret } });
    await temp.store.sites.insert(site);
    const conversation = makeConversation(makeVisitor(site.id), { facts: { firstName: 'Dana', phone: '+13058142279' }, handoff });
    await temp.store.conversations.insert(conversation);
    const job = { ...escalationJob({ siteId: site.id, conversationId: conversation.id, messageId: 'm-1', escalation: waitingHandoff(T0).escalation!, now: T0 }), status: 'processing' as const };
    return { site, conversation, job };
  }
  const context = (now: Date): DeliveryContext => ({
    store: temp.store,
    mailer: {} as Mailer,
    publicUrl: 'https://chat.example',
    leadLinks: createLeadLinks('secret'),
    allowPrivateWebhooks: true,
    now: () => now,
  });

  it('sends, signed, what the conversation holds when it goes', async () => {
    const { conversation, job } = await setup();
    expect(await deliverJob(context(minutesAfter(0.1)), job)).toMatchObject({ status: 'delivered' });
    const [request] = receiver.requests;
    expect(request?.verified).toBe(true);
    expect(JSON.parse(request?.body ?? '')).toMatchObject({
      id: job.id,
      type: 'conversation.escalated',
      data: { conversationId: conversation.id, reason: 'asked', visitor: { name: 'Dana', phone: '+13058142279' }, links: { console: `https://chat.example/console/conversations/${conversation.id}` } },
    });
  });

  it('waits for the escalation to be stored, and sends nothing for one that never was', async () => {
    const { job } = await setup({ version: 1, log: [] });
    await expect(deliverJob(context(minutesAfter(0.5)), job)).rejects.toThrow(/not stored yet/);
    expect(await deliverJob(context(minutesAfter(2)), job)).toMatchObject({ status: 'superseded' });
    expect(receiver.requests).toHaveLength(0);
  });

  it('sends nothing for an erased conversation', async () => {
    const { conversation, job } = await setup();
    await temp.store.conversations.deleteByVisitor(conversation.visitorId);
    expect(await deliverJob(context(minutesAfter(0.1)), job)).toEqual({ status: 'failed', reason: 'the conversation no longer exists (erased)' });
  });
});
