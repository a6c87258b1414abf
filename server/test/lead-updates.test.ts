import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAdf } from './support/adf.js';
import { say, waitForLead } from './support/chat.js';
import { deliveriesOf, eventually } from './support/lead.js';
import { startTestSmtp, type TestSmtp } from './support/smtp.js';
import { addSite, openVisitor, startTestServer, type TestSiteContext } from './support/test-server.js';
import { startTestReceiver, type TestReceiver } from './support/webhook-receiver.js';

const SALES = 'sales@testmotors.example';
const CRM = 'crm@testmotors.example';
const DEBOUNCE_MS = 400;
const GAP_MS = 1_500;

describe('facts learned after the handoff', () => {
  let smtp: TestSmtp;
  let receiver: TestReceiver;
  const t = {} as TestSiteContext;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    receiver = await startTestReceiver();
    t.server = await startTestServer({
      SMTP_URL: smtp.url,
      LEAD_UPDATE_DEBOUNCE_MS: String(DEBOUNCE_MS),
      LEAD_UPDATE_MIN_GAP_MS: String(GAP_MS),
      LEAD_UPDATES_PER_DAY: '2',
      WEBHOOK_ALLOW_PRIVATE: '1',
    });
    t.site = await addSite(t.server, { leadRecipients: [SALES], adfRecipients: [CRM], webhook: { url: receiver.url, secret: receiver.secret } });
  });
  afterAll(async () => {
    await t.server.destroy();
    await receiver.close();
    await smtp.stop();
  });

  const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));
  const updates = async (leadId: string) => (await deliveriesOf(t, leadId)).filter((d) => d.event === 'lead.updated');

  it('go out as one debounced update by email, ADF resend and webhook, and none beyond the daily cap', async () => {
    const { socket } = await openVisitor(t);
    const captured = waitForLead(socket);
    await say(socket, 'Call me at 773-241-8830, I am James');
    const { leadId } = await captured;
    await eventually(() => deliveriesOf(t, leadId), (ds) => ds.length === 3 && ds.every((d) => d.status === 'delivered'));

    await say(socket, 'I want a used truck');
    await say(socket, 'evenings after 5 work best');
    await eventually(() => updates(leadId), (ds) => ds.length === 3 && ds.every((d) => d.status === 'delivered'), 10_000);
    const [sales] = mailsTo(SALES).slice(1);
    expect(sales?.mail.subject).toMatch(/^Update: vehicle, new\/used, call time – James/);
    expect(sales?.mail.text).toContain('Changed: vehicle, new/used, call time');
    const adf = parseAdf(mailsTo(CRM)[1]?.mail.text ?? '');
    expect(adf['@status']).toBe('resend');
    expect(adf.customer.contact.phone['@time']).toBe('evening');
    expect(receiver.events.get(`${leadId}:2:webhook`)).toMatchObject({ type: 'lead.updated', data: { changed: ['vehicle', 'new/used', 'call time'] } });

    // The second change waits out the gap, then goes; the third finds the cap of two reached.
    await say(socket, 'my budget is around 300 a month');
    await eventually(() => updates(leadId), (ds) => ds.length === 6 && ds.every((d) => d.status === 'delivered'), 10_000);
    await say(socket, 'I could put 2000 down');
    const changedAt = Date.now();
    while (Date.now() - changedAt < DEBOUNCE_MS + GAP_MS) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await t.server.leadUpdates.sweep()).toBe(0);
    expect(await updates(leadId)).toHaveLength(6);
    expect(mailsTo(SALES)).toHaveLength(3);
    socket.close();
  });
});
