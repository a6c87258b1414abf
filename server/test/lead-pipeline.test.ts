import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lead } from '../../sdk/protocol/index.js';
import { makeConversation, makeLead, makeVisitor } from '../store/contract/fixtures.js';
import type { LeadRecord } from '../store/records.js';
import { api } from './support/lead.js';
import { addSite, startTestServer, type TestSiteContext } from './support/test-server.js';
import { startTestReceiver, type TestReceiver } from './support/webhook-receiver.js';

interface StatusEvent {
  type: string;
  data: { lead: Lead };
}

describe('the lead pipeline over the secret-key API', () => {
  let receiver: TestReceiver;
  const t = {} as TestSiteContext;
  const other = {} as TestSiteContext;

  beforeAll(async () => {
    receiver = await startTestReceiver();
    // The receiver listens on 127.0.0.1, which webhooks may reach only when the operator allows it.
    t.server = await startTestServer({ WEBHOOK_ALLOW_PRIVATE: '1' });
    t.site = await addSite(t.server, { leadRecipients: [], webhook: { url: receiver.url, secret: receiver.secret } });
    other.server = t.server;
    other.site = await addSite(t.server, { name: 'Other Motors' });
  });
  afterAll(async () => {
    await t.server.destroy();
    await receiver.close();
  });

  const storedLead = async (overrides: Partial<LeadRecord> = {}) => {
    const now = new Date();
    const lead = makeLead(makeConversation(makeVisitor(t.site.site.id)), { createdAt: now, updatedAt: now, ...overrides });
    await t.server.store.leads.save(lead);
    return lead;
  };
  const patch = (context: TestSiteContext, leadId: string, body: unknown) =>
    api<{ lead: Lead; error: { code: string } }>(context, `/v1/leads/${leadId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('moves a lead to contacted: audited, and a signed lead.status_changed webhook carries the new stage', async () => {
    const lead = await storedLead();
    const { status, body } = await patch(t, lead.id, { stage: 'contacted', assignee: 'maria@sunrise.example', notes: 'Left a voicemail' });
    expect(status).toBe(200);
    expect(body.lead.pipeline).toMatchObject({ stage: 'contacted', assignee: 'maria@sunrise.example', notes: 'Left a voicemail' });
    expect(body.lead.version).toBe(2);
    expect(body.lead.status).toBe('new');

    await receiver.waitForEvents(1);
    const request = receiver.requests.find((entry) => entry.headers['x-cathy-event-id'] === `${lead.id}:2:webhook`);
    expect(request?.verified).toBe(true);
    expect(request?.headers['x-cathy-event']).toBe('lead.status_changed');
    const event = JSON.parse(request?.body ?? '') as StatusEvent;
    expect(event.type).toBe('lead.status_changed');
    expect(event.data.lead.pipeline).toMatchObject({ stage: 'contacted', assignee: 'maria@sunrise.example' });

    const audit = (await t.server.store.audit.list(t.site.site.id)).find((entry) => entry.subject === lead.id);
    expect(audit).toMatchObject({ action: 'lead.pipeline_changed', change: { from: 'new', to: 'contacted', fields: ['stage', 'assignee', 'notes'] } });
    expect(JSON.stringify(audit)).not.toContain('voicemail');
  });

  it('marks a lead lost with its reason, filters the list by stage, and keeps the reason only while lost', async () => {
    const lead = await storedLead();
    expect((await patch(t, lead.id, { stage: 'lost', reason: 'Bought elsewhere' })).body.lead.pipeline).toMatchObject({ stage: 'lost', reason: 'Bought elsewhere' });

    const lost = await api<{ leads: Lead[] }>(t, '/v1/leads?stage=lost');
    expect(lost.body.leads.map((entry) => entry.id)).toEqual([lead.id]);
    const fresh = await api<{ leads: Lead[] }>(t, '/v1/leads?stage=new');
    expect(fresh.body.leads.map((entry) => entry.id)).not.toContain(lead.id);

    const back = await patch(t, lead.id, { stage: 'appointment' });
    expect(back.body.lead.pipeline.stage).toBe('appointment');
    expect(back.body.lead.pipeline).not.toHaveProperty('reason');
  });

  it('refuses bad bodies with VALIDATION_ERROR and changes nothing', async () => {
    const lead = await storedLead();
    const bad = [{}, { stage: 'won' }, { stage: 'lost' }, { reason: 'why' }, { stage: 'sold', extra: 1 }, { assignee: '   ' }, 'contacted'];
    for (const body of bad) {
      const { status, body: answer } = await patch(t, lead.id, body);
      expect({ body, status, code: answer.error?.code }).toEqual({ body, status: 400, code: 'VALIDATION_ERROR' });
    }
    expect(await t.server.store.leads.byId(lead.id)).toEqual(lead);
    expect((await t.server.store.audit.list(t.site.site.id)).some((entry) => entry.subject === lead.id)).toBe(false);
  });

  it("answers 404 to another site's secret key and to an unknown lead, changing nothing", async () => {
    const lead = await storedLead();
    expect((await patch(other, lead.id, { stage: 'sold' })).status).toBe(404);
    expect((await api(other, `/v1/leads/${lead.id}`)).status).toBe(404);
    expect((await patch(t, '0196a3c1-7f52-7b8e-9d2a-5c4e1f0a9b3d', { stage: 'sold' })).status).toBe(404);
    expect(await t.server.store.leads.byId(lead.id)).toEqual(lead);
  });

  it("exports the site's leads created in the range as CSV, quoting and defusing formulas", async () => {
    const from = new Date(Date.now() + 3_600_000);
    const at = (minutes: number) => new Date(from.getTime() + minutes * 60_000);
    const formula = await storedLead({
      createdAt: at(1),
      contact: { name: '=HYPERLINK("http://evil.example","x")', phone: '+13125550142', phoneNational: '(312) 555-0142', email: '@a@example.com' },
      interest: { vehicle: 'CR-V, "Touring"' },
      pipeline: { stage: 'sold', assignee: '-Maria', changedAt: at(1) },
    });
    await storedLead({ createdAt: at(-1) });
    await storedLead({ createdAt: at(60) });
    await other.server.store.leads.save(makeLead(makeConversation(makeVisitor(other.site.site.id)), { createdAt: at(2) }));

    const res = await fetch(`${t.server.url}/v1/leads/export.csv?from=${from.toISOString()}&to=${at(60).toISOString()}`, {
      headers: { authorization: `Bearer ${t.site.secretKey}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await res.text()).split('\r\n');
    expect(lines).toEqual([
      'created,name,phone,email,vehicle,stage,assignee,consent level,source page,utm source',
      `${formula.createdAt.toISOString()},"'=HYPERLINK(""http://evil.example"",""x"")",(312) 555-0142,'@a@example.com,"CR-V, ""Touring""",sold,'-Maria,express_written,https://sunrise.example/inventory,`,
      '',
    ]);

    const backwards = await api(t, `/v1/leads/export.csv?from=${at(60).toISOString()}&to=${from.toISOString()}`);
    expect(backwards.status).toBe(400);
  });
});
