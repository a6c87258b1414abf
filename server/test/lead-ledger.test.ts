import { describe, expect, it } from 'vitest';
import type { LeadLedger } from '../../sdk/protocol/index.js';
import { api, captureLead } from './support/lead.js';
import { useTestSite } from './support/test-server.js';

describe('the lead ledger', () => {
  const t = useTestSite();

  it('lists a conversation with contact details, its lead and its deliveries', async () => {
    const { leadId, conversationId } = await captureLead(t, '(305) 814-2279');
    const { status, body } = await api<LeadLedger>(t, '/v1/leads/ledger');
    expect(status).toBe(200);
    const entry = body.conversations.find((c) => c.conversationId === conversationId);
    expect(entry).toMatchObject({ leadId, gave: ['phone'] });
    expect(entry?.deliveries.map((d) => [d.kind, d.event])).toEqual([['email.lead', 'lead.created']]);
    // The number in any format (E.164 or as typed), not three digits a random id may well contain.
    expect(JSON.stringify(body)).not.toMatch(/814\D{0,2}2279/);
  });

  it('reports a lead removed behind the server’s back, in the API, the check and the gauge', async () => {
    const { leadId, conversationId, visitorId } = await captureLead(t, '(305) 814-2280');
    await t.server.store.leads.delete(leadId);

    const { body } = await api<LeadLedger>(t, '/v1/leads/ledger');
    expect(body.conversations.find((c) => c.conversationId === conversationId)?.leadId).toBeNull();
    const { orphans } = await t.server.ledger.check();
    expect(orphans).toEqual([expect.objectContaining({ conversationId, siteId: t.site.site.id })]);
    const metrics = await (await fetch(`${t.server.url}/metrics`)).text();
    expect(metrics).toMatch(/^cathy_ledger_orphans 1$/m);

    // Erasing the visitor removes the conversation too, which leaves the ledger clean for the end-of-test check.
    expect((await api(t, `/v1/visitors/${visitorId}`, { method: 'DELETE' })).status).toBe(200);
    expect((await t.server.ledger.check()).orphans).toEqual([]);
  });

  it('refuses a bad `since` and changes nothing', async () => {
    expect((await api(t, '/v1/leads/ledger?since=yesterday')).status).toBe(400);
  });
});
