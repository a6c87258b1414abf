import { describe, expect, it } from 'vitest';
import type { Lead } from '../../sdk/protocol/index.js';
import { say, waitForLead } from './support/chat.js';
import { api, deliveriesOf, eventually } from './support/lead.js';
import { openVisitor, useTestSite } from './support/test-server.js';

describe('one conversation, one lead', () => {
  const t = useTestSite({}, { adfRecipients: ['crm@testmotors.example'] });

  it('adds a phone given after an email to the same lead, with one update instead of a second lead', async () => {
    const { socket, session } = await openVisitor(t);
    await say(socket, 'You can email me at dana.ortiz@example.com');
    const byEmail = waitForLead(socket);
    await say(socket, 'yes');
    const { leadId } = await byEmail;
    const byPhone = waitForLead(socket);
    await say(socket, 'Actually my cell is (786) 202-3381');
    expect((await byPhone).leadId).toBe(leadId);

    const { body } = await api<{ leads: Lead[] }>(t, '/v1/leads');
    const mine = body.leads.filter((lead) => lead.conversations.some((c) => c.conversationId === session.conversationId));
    expect(mine.map((lead) => [lead.id, lead.version, lead.contact.email, lead.contact.phone])).toEqual([
      [leadId, 3, 'dana.ortiz@example.com', '+17862023381'],
    ]);
    // Version 1: the volunteered email (a call-back request); 2: the yes to calls and texts; 3: the phone.
    const deliveries = await eventually(() => deliveriesOf(t, leadId), (ds) => ds.length === 6);
    expect(deliveries.map((d) => `${d.leadVersion}:${d.kind}:${d.event}`).sort()).toEqual([
      '1:email.adf:lead.created',
      '1:email.lead:lead.created',
      '2:email.adf:lead.updated',
      '2:email.lead:lead.updated',
      '3:email.adf:lead.updated',
      '3:email.lead:lead.updated',
    ]);
    socket.close();
  });
});
