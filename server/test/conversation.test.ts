import { describe, expect, it } from 'vitest';
import type { Lead } from '../../sdk/protocol/index.js';
import { teamHours } from '../sites/team-hours.js';
import { PAGE, say, talkUntilPhoneAsked, waitForLead } from './support/chat.js';
import { useTestSite, openVisitor } from './support/test-server.js';

describe('a visitor talks to Cathy over Socket.IO', () => {
  const t = useTestSite();

  it('greets, learns the need, asks for a number with the disclosure, and captures a lead readable through the API', async () => {
    const { socket, session } = await openVisitor(t);
    expect(session.messages).toHaveLength(1);
    expect(session.messages[0]?.role).toBe('assistant');
    expect(session.persona.name).toBe('Cathy');
    // What the widget's recorded-chat notice and header show of the dealership.
    expect(session.site).toEqual({ name: 'Test Motors', team: { ...teamHours(t.site.site, new Date(), 'en'), available: false } });

    const ask = await talkUntilPhoneAsked(socket);
    expect(ask.disclosure).toContain('Test Motors');
    expect(ask.disclosure).toMatch(/not a condition of purchase/i);

    const leadEvent = waitForLead(socket);
    const { reply } = await say(socket, 'Sure, call me at (305) 814-2279 in the evening');
    const captured = await leadEvent;
    expect(captured.fields.phone).toBe('(305) 814-2279');
    expect(reply.text.length).toBeGreaterThan(10);
    // The lead event says when a person calls back, as Cathy's reply does: shortly, or when the team is back.
    expect(captured.callback).toEqual(teamHours(t.site.site, new Date(), 'en'));
    if (captured.callback?.opens) expect(reply.text).toContain(captured.callback.opens);
    // What the visitor says after the lead exists still reaches it.
    await say(socket, 'Actually mornings are better for a call');
    socket.close();

    const res = await fetch(`${t.server.url}/v1/leads/${captured.leadId}`, {
      headers: { authorization: `Bearer ${t.site.secretKey}` },
    });
    expect(res.status).toBe(200);
    const { lead } = (await res.json()) as { lead: Lead };
    expect(lead).toMatchObject({
      siteId: t.site.site.id,
      visitorId: session.visitorId,
      conversationId: session.conversationId,
      status: 'new',
      doNotContact: false,
      contact: { phone: '+13058142279', firstName: 'Maria', lastName: 'Lopez' },
      consent: { text: ask.disclosure, phone: '+13058142279', pageUrl: PAGE.page.url },
      source: { page: PAGE.page, utm: PAGE.utm, referrer: PAGE.page.referrer },
    });
    expect(lead.interest.vehicle).toMatch(/CR-V/);
    expect(lead.interest.callTime).toBe('morning');
    expect(lead.interest.credit).toMatch(/divorce/);
    expect(lead.summary).toMatch(/Maria/);

    const list = await fetch(`${t.server.url}/v1/leads?status=new`, { headers: { authorization: `Bearer ${t.site.secretKey}` } });
    const { leads } = (await list.json()) as { leads: Lead[] };
    expect(leads.map((l) => l.id)).toContain(captured.leadId);
  });

  it('updates the same lead when the same phone comes back within 30 days', async () => {
    const { socket: first } = await openVisitor(t);
    await talkUntilPhoneAsked(first);
    const created = waitForLead(first);
    await say(first, 'my number is 786-202-3344');
    const a = await created;
    first.close();

    const { socket: second } = await openVisitor(t);
    await talkUntilPhoneAsked(second);
    const updated = waitForLead(second);
    await say(second, '7862023344');
    const b = await updated;
    second.close();

    expect(b.leadId).toBe(a.leadId);
    const res = await fetch(`${t.server.url}/v1/leads/${a.leadId}`, { headers: { authorization: `Bearer ${t.site.secretKey}` } });
    const { lead } = (await res.json()) as { lead: Lead };
    expect(lead.status).toBe('updated');
    expect(lead.version).toBe(2);
  });

  it('marks the lead do-not-contact when the visitor opts out, and Cathy acknowledges it', async () => {
    const { socket, session } = await openVisitor(t);
    await talkUntilPhoneAsked(socket);
    const leadEvent = waitForLead(socket);
    await say(socket, '(954) 301-7788');
    const { leadId } = await leadEvent;
    const { reply } = await say(socket, "Actually please don't call me");
    expect(reply.text).toMatch(/won.t|not|no/i);
    socket.close();
    const res = await fetch(`${t.server.url}/v1/leads/${leadId}`, { headers: { authorization: `Bearer ${t.site.secretKey}` } });
    const { lead } = (await res.json()) as { lead: Lead };
    expect(lead).toMatchObject({ status: 'do_not_contact', doNotContact: true, conversationId: session.conversationId });
  });

  it('asks to confirm consent for a number given before the disclosure, and creates the lead on yes', async () => {
    const { socket } = await openVisitor(t);
    const { reply: confirm } = await say(socket, 'Hi, I want a truck. Call me at 407-682-2671');
    expect(confirm.disclosure).toBeTruthy();
    const leadEvent = waitForLead(socket);
    await say(socket, 'yes');
    const { fields } = await leadEvent;
    expect(fields.phone).toBe('(407) 682-2671');
    socket.close();
  });

  it('offers email when the visitor declines the phone, and an email makes the lead', async () => {
    const { socket } = await openVisitor(t);
    await talkUntilPhoneAsked(socket);
    const { reply: offer } = await say(socket, "I'd rather not share my phone number");
    expect(offer.text).toMatch(/email/i);
    const leadEvent = waitForLead(socket);
    await say(socket, 'sure, it is Maria.Lopez@Example.com');
    const { leadId, fields } = await leadEvent;
    expect(fields).toMatchObject({ email: 'maria.lopez@example.com' });
    expect(fields.phone).toBeUndefined();
    socket.close();
    const res = await fetch(`${t.server.url}/v1/leads/${leadId}`, { headers: { authorization: `Bearer ${t.site.secretKey}` } });
    const { lead } = (await res.json()) as { lead: Lead };
    expect(lead.consent.email).toBe('maria.lopez@example.com');
  });

  it('re-asks kindly for a fictional 555-01xx number and creates no lead', async () => {
    const { socket } = await openVisitor(t);
    await talkUntilPhoneAsked(socket);
    let leads = 0;
    socket.on('lead:captured', () => leads++);
    const { reply } = await say(socket, 'sure, 305-555-0123');
    expect(reply.disclosure).toBeTruthy();
    expect(leads).toBe(0);
    socket.close();
  });

  it('streams the reply as deltas that add up to the stored text', async () => {
    const { socket } = await openVisitor(t);
    const { reply, deltas } = await say(socket, 'Do you have any trucks?');
    expect(deltas.join('').trim()).toBe(reply.text);
    socket.close();
  });
});
