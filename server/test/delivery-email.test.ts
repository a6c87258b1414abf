import type { AddressObject } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAdf } from './support/adf.js';
import { adfDtdErrors } from './support/adf-dtd.js';
import { startTestSmtp, type ReceivedMail, type TestSmtp } from './support/smtp.js';
import { api, captureLead, deliveriesOf, eventually, leadOf } from './support/lead.js';
import { addSite, startTestServer, type TestSiteContext } from './support/test-server.js';

const SALES = 'sales@testmotors.example';
const CRM = 'crm@testmotors.example';

const toOf = (mail: ReceivedMail) => (mail.mail.to as AddressObject).value.map((a) => a.address);
const mailsTo = (smtp: TestSmtp, address: string) => smtp.received.filter((m) => m.to.includes(address));

describe('lead handoff by email through a real SMTP server', () => {
  let smtp: TestSmtp;
  const t = {} as TestSiteContext;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    t.server = await startTestServer({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://chat.testmotors.example', DELIVERY_RETRY_BASE_MS: '100', DELIVERY_RETRY_MAX_MS: '400' });
    t.site = await addSite(t.server, { name: 'Test Motors & Sons', leadRecipients: [SALES], adfRecipients: [CRM], phone: '(305) 555-0199' });
  });
  afterAll(async () => {
    await t.server.destroy();
    await smtp.stop();
  });

  it('sends the salesperson email and the ADF email within a second of the phone number', async () => {
    const before = smtp.received.length;
    const { leadId, conversationId, phoneSentAt } = await captureLead(t, '(305) 814-2279');
    const mails = (await smtp.waitFor(before + 2)).slice(before);
    expect(Math.max(...mails.map((m) => m.at)) - phoneSentAt).toBeLessThan(1_000);

    const sales = mails.find((m) => m.to.includes(SALES))!;
    expect(toOf(sales)).toEqual([SALES]);
    expect(sales.mail.subject).toBe('Call now: Maria Lopez – used 2019 Honda CR-V | Test Motors & Sons');
    expect(sales.mail.messageId).toBe(`<${leadId}.1.email.lead@chat.testmotors.example>`);
    const text = sales.mail.text ?? '';
    expect(text).toMatch(/^CALL NOW: Maria Lopez\nCalls and texts OK — written consent at .*\nPhone: \(305\) 814-2279 {2}\(tel:\+13058142279\)/);
    expect(text).toMatch(/Credit, in their words: “.*divorce.*”/);
    expect(text).toContain('Timeframe: ');
    expect(text).toContain('Page: 2019 Honda CR-V | Test Motors – http://localhost:5173/inventory/2019-honda-cr-v');
    expect(text).toContain('Visitor: My name is Maria Lopez');
    expect(text).toContain(`Open conversation: https://chat.testmotors.example/console/conversations/${conversationId}\n`);
    expect(text).toMatch(/Transcript without signing in: https:\/\/chat\.testmotors\.example\/conversation\/v1\.[\w.-]+\n/);
    const html = String(sales.mail.html);
    expect(html).toContain('<a href="tel:+13058142279"');
    expect(html).toContain('Test Motors &amp; Sons');
    expect(sales.mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([['lead.xml', 'text/xml']]);

    const crm = mails.find((m) => m.to.includes(CRM))!;
    expect(crm.mail.html).toBe(false);
    const adf = crm.mail.text ?? '';
    expect(adf.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<?adf version="1.0"?>\n<adf>')).toBe(true);
    expect(await adfDtdErrors(adf)).toBe('');
    const prospect = parseAdf(adf);
    expect(prospect['@status']).toBe('new');
    expect(prospect.requestdate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[-+]\d\d:\d\d$/);
    expect(prospect.vehicle[0]).toMatchObject({ '@interest': 'buy', '@status': 'used', year: '2019', make: 'Honda', model: 'CR-V' });
    expect(prospect.customer.contact.name).toEqual([{ '#text': 'Maria', '@part': 'first' }, { '#text': 'Lopez', '@part': 'last' }]);
    expect(prospect.customer.contact.phone).toMatchObject({ '#text': '3058142279', '@type': 'voice' });
    expect(prospect.customer.comments).toMatch(/divorce/);
    expect(prospect.vendor.vendorname).toBe('Test Motors & Sons');
    expect(prospect.provider.name).toEqual([{ '#text': 'Cathy Chat', '@part': 'full' }]);

    const lead = await eventually(() => leadOf(t, leadId), (l) => l.delivery.status === 'delivered');
    expect(lead.delivery.status).toBe('delivered');
    const deliveries = await deliveriesOf(t, leadId);
    expect(deliveries.map((d) => [d.kind, d.status, d.attempts])).toEqual(
      expect.arrayContaining([['email.lead', 'delivered', 1], ['email.adf', 'delivered', 1]]),
    );
    expect(deliveries[0]?.deliveredTo).toMatch(/^smtp:127\.0\.0\.1:\d+ 250/);

    const res = await fetch(`${t.server.url}/v1/leads/${leadId}/adf`, { headers: { authorization: `Bearer ${t.site.secretKey}` } });
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(await res.text()).toBe(adf);
  });

  it('keeps the jobs while the SMTP server is down and delivers each exactly once when it is back', async () => {
    await smtp.stop();
    const before = smtp.received.length;
    const leads = [await captureLead(t, '(786) 202-3301'), await captureLead(t, '(786) 202-3302')];

    for (const { leadId } of leads) {
      const waiting = await eventually(() => deliveriesOf(t, leadId), (ds) => ds.length === 2 && ds.every((d) => d.attempts >= 2));
      expect(waiting.every((d) => d.status === 'pending' || d.status === 'processing')).toBe(true);
      expect(waiting[0]?.lastError).toMatch(/ECONNREFUSED/);
      expect((await leadOf(t, leadId)).delivery.status).toBe('pending');
    }

    await smtp.start();
    await smtp.waitFor(before + 4);
    // Once every lead is delivered no job is left to send: whatever arrived is all that will.
    for (const { leadId } of leads) await eventually(() => leadOf(t, leadId), (l) => l.delivery.status === 'delivered');
    const arrived = smtp.received.slice(before);
    expect(arrived).toHaveLength(4);
    const expected = leads.flatMap(({ leadId }) => [`${leadId}.1.email.lead`, `${leadId}.1.email.adf`].map((id) => `<${id}@chat.testmotors.example>`));
    expect(arrived.map((m) => m.mail.messageId).sort()).toEqual(expected.sort());
  });

  it('retries a refused recipient and dead-letters nothing while the job is young', async () => {
    smtp.refuse.add(CRM);
    const before = mailsTo(smtp, CRM).length;
    const { leadId } = await captureLead(t, '(786) 202-3303');
    const refused = await eventually(
      () => deliveriesOf(t, leadId),
      (ds) => (ds.find((d) => d.kind === 'email.adf')?.attempts ?? 0) >= 2,
    );
    expect(refused.find((d) => d.kind === 'email.adf')?.lastError).toMatch(/550/);
    smtp.refuse.delete(CRM);
    await eventually(async () => mailsTo(smtp, CRM).length, (n) => n === before + 1);
    await eventually(() => leadOf(t, leadId), (l) => l.delivery.status === 'delivered');
  });

  it('lists deliveries only to their own site', async () => {
    const other = await addSite(t.server, { name: 'Other Motors' });
    const res = await fetch(`${t.server.url}/v1/deliveries`, { headers: { authorization: `Bearer ${other.secretKey}` } });
    expect(((await res.json()) as { deliveries: unknown[] }).deliveries).toEqual([]);
    const { body } = await api<{ deliveries: Array<{ id: string }> }>(t, '/v1/deliveries?status=delivered');
    const retry = await fetch(`${t.server.url}/v1/deliveries/${body.deliveries[0]?.id}/retry`, {
      method: 'POST',
      headers: { authorization: `Bearer ${other.secretKey}` },
    });
    expect(retry.status).toBe(404);
    expect((await api(t, `/v1/deliveries/${body.deliveries[0]?.id}/retry`, { method: 'POST' })).status).toBe(409);
    expect((await api(t, '/v1/deliveries?status=lost')).status).toBe(400);
  });

  it('counts deliveries and hand-off time in the metrics', async () => {
    const text = await (await fetch(`${t.server.url}/metrics`)).text();
    expect(text).toMatch(/cathy_deliveries_total\{kind="email.lead",outcome="delivered"\} [1-9]/);
    expect(text).toMatch(/cathy_deliveries_total\{kind="email.adf",outcome="delivered"\} [1-9]/);
    expect(text).toMatch(/cathy_handoff_seconds_count\{kind="email.lead"\} [1-9]/);
  });
});

describe('dead letters', () => {
  let smtp: TestSmtp;
  const t = {} as TestSiteContext;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    // Gives up after about half a second of failing.
    t.server = await startTestServer({ SMTP_URL: smtp.url, DELIVERY_MAX_AGE_HOURS: '0.00015', DELIVERY_RETRY_BASE_MS: '50', DELIVERY_RETRY_MAX_MS: '100' });
    t.site = await addSite(t.server, { leadRecipients: [SALES] });
  });
  afterAll(async () => {
    await t.server.destroy();
    await smtp.stop();
  });

  it('marks a job failed after its maximum age, shows it, and delivers it once retried', async () => {
    smtp.refuse.add(SALES);
    const { leadId } = await captureLead(t, '(786) 202-3304');
    const [failed] = await eventually(
      async () => (await api<{ deliveries: Array<{ id: string; leadId: string; lastError: string }> }>(t, '/v1/deliveries?status=failed')).body.deliveries,
      (ds) => ds.some((d) => d.leadId === leadId),
    );
    expect(failed?.lastError).toMatch(/550/);
    expect((await leadOf(t, leadId)).delivery.status).toBe('failed');

    smtp.refuse.delete(SALES);
    const retried = await api<{ delivery: { status: string; retriedAt: string } }>(t, `/v1/deliveries/${failed?.id}/retry`, { method: 'POST' });
    expect(retried.status).toBe(200);
    expect(retried.body.delivery).toMatchObject({ status: 'pending', retriedAt: expect.any(String) });
    await smtp.waitFor(1);
    await eventually(() => leadOf(t, leadId), (l) => l.delivery.status === 'delivered');
    expect(smtp.received).toHaveLength(1);
  });
});
