import { describe, expect, it } from 'vitest';
import { say, waitForLead } from './support/chat.js';
import { deliveriesOf, eventually, leadOf } from './support/lead.js';
import { useMailedSite } from './support/mailed-site.js';
import { openVisitor } from './support/test-server.js';

const SALES = 'sales@testmotors.example';

describe('a number the shopper volunteers', () => {
  const t = useMailedSite({}, { leadRecipients: [SALES] });

  async function volunteer(text: string) {
    const { socket } = await openVisitor(t);
    const captured = waitForLead(socket);
    const sentAt = Date.now();
    const reply = await say(socket, text);
    const { leadId } = await captured;
    return { socket, leadId, sentAt, reply };
  }

  it('is a lead at once, as a call-back request, and the salesperson has it within a second though the shopper leaves', async () => {
    const before = t.smtp.received.length;
    const { socket, leadId, sentAt } = await volunteer("Hi, I need a reliable car for work. Call me at 773-241-8830, I'm James.");
    socket.close();
    const [mail] = (await t.smtp.waitFor(before + 1)).slice(before);
    expect(mail!.at - sentAt).toBeLessThan(1_000);
    expect(mail!.mail.text?.split('\n').slice(0, 2)).toEqual(['CALL NOW: James', 'Call back OK — no consent to texts or autodialed calls']);
    const lead = await leadOf(t, leadId);
    expect(lead.contact).toMatchObject({ firstName: 'James', phone: '+17732418830' });
    expect(lead.consent).toMatchObject({ level: 'contact_requested', text: "Hi, I need a reliable car for work. Call me at 773-241-8830, I'm James." });
    expect(lead.consent).not.toHaveProperty('shownWhere');
  });

  it('becomes express written consent on a yes to the one question Cathy asks, sent once as an update', async () => {
    const before = t.smtp.received.length;
    const { socket, leadId, reply } = await volunteer('Text me at 312-641-5520 please, looking for a used truck');
    expect(reply.reply.disclosure).toMatch(/Consent is not a condition of purchase/);
    await t.smtp.waitFor(before + 1);
    const upgraded = waitForLead(socket);
    await say(socket, 'yes');
    await upgraded;
    socket.close();
    const mails = (await t.smtp.waitFor(before + 2)).slice(before);
    expect(mails[1]!.mail.text?.split('\n').slice(0, 2)).toEqual([
      'UPDATED LEAD: CALL NOW: Name not given',
      expect.stringMatching(/^Calls and texts OK — written consent at /),
    ]);
    const lead = await leadOf(t, leadId);
    expect(lead.consent).toMatchObject({ level: 'express_written', shownWhere: 'beside_input' });
    expect(lead.consent.text).toMatch(/Consent is not a condition of purchase/);
    // The call-back request the yes upgraded keeps its own evidence beside the written consent.
    expect(lead.consent.earlier).toEqual([
      expect.objectContaining({ level: 'contact_requested', text: 'Text me at 312-641-5520 please, looking for a used truck', messageId: expect.any(String) }),
    ]);
    expect(lead.consent.earlier?.[0]).not.toHaveProperty('shownWhere');
    const deliveries = await eventually(() => deliveriesOf(t, leadId), (ds) => ds.every((d) => d.status === 'delivered'));
    expect(deliveries.map((d) => d.event).sort()).toEqual(['lead.created', 'lead.updated']);
  });

  it('stays a call-back request after a no, with nothing sent again', async () => {
    const before = t.smtp.received.length;
    const { socket, leadId } = await volunteer('my number is 305 814 2279');
    await t.smtp.waitFor(before + 1);
    const answer = await say(socket, 'no');
    socket.close();
    expect(answer.reply.text).toMatch(/call you back|call back/);
    const lead = await leadOf(t, leadId);
    expect(lead).toMatchObject({ version: 1, consent: { level: 'contact_requested' } });
    expect((await deliveriesOf(t, leadId)).map((d) => d.event)).toEqual(['lead.created']);
  });

  it('carries the questions Cathy left to a person to the lead and the salesperson email', async () => {
    const before = t.smtp.received.length;
    const { socket } = await openVisitor(t);
    await say(socket, 'do you still have the silver 2019 rav4 from your site? whats the lowest price?');
    const captured = waitForLead(socket);
    await say(socket, 'ok call me 630-414-2287');
    const { leadId } = await captured;
    socket.close();
    const lead = await leadOf(t, leadId);
    expect(lead.openQuestions).toEqual(['do you still have the silver 2019 rav4 from your site?', 'whats the lowest price?']);
    const [mail] = (await t.smtp.waitFor(before + 1)).slice(before);
    expect(mail!.mail.text).toContain('Questions for you to answer:\n- do you still have the silver 2019 rav4');
  });
});
