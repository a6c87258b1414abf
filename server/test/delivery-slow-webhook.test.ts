import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLead, deliveriesOf, eventually } from './support/lead.js';
import { addSite, startTestServer, type TestSiteContext } from './support/test-server.js';
import { startTestReceiver, type TestReceiver } from './support/webhook-receiver.js';

/** Well inside the 10 s a receiver may take, and longer than the worker's 1 s poll, as in issue 15. */
const RECEIVER_DELAY_MS = 1_500;
const PHONES = ['(305) 814-2201', '(305) 814-2202', '(305) 814-2203', '(305) 814-2204', '(305) 814-2205', '(305) 814-2206'];

describe('lead handoff to a slow webhook receiver', () => {
  let receiver: TestReceiver;
  const t = {} as TestSiteContext;

  beforeAll(async () => {
    receiver = await startTestReceiver(undefined, { delayMs: RECEIVER_DELAY_MS });
    t.server = await startTestServer({ WEBHOOK_ALLOW_PRIVATE: '1' });
    t.site = await addSite(t.server, { webhook: { url: receiver.url, secret: receiver.secret } });
  });
  afterAll(async () => {
    await t.server.destroy();
    await receiver.close();
  });

  const allDelivered = async (leadId: string) => {
    const jobs = await eventually(
      () => deliveriesOf(t, leadId),
      (list) => list.length === 2 && list.every((job) => job.status === 'delivered'),
      30_000,
    );
    expect(jobs.map((job) => job.kind).toSorted()).toEqual(['email.lead', 'webhook']);
  };

  it('delivers every job of a burst of leads while the receiver is slow, and a lead made afterwards too', async () => {
    const burst = await Promise.all(PHONES.map((phone) => captureLead(t, phone)));
    for (const { leadId } of burst) await allDelivered(leadId);
    expect(receiver.events.size).toBe(PHONES.length);

    const later = await captureLead(t, '(786) 202-3399');
    await allDelivered(later.leadId);
    expect(receiver.events.size).toBe(PHONES.length + 1);
    expect(receiver.requests).toHaveLength(PHONES.length + 1);
  }, 90_000);
});
