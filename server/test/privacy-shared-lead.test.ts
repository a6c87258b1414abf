import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { Lead } from '../../sdk/protocol/index.js';
import type { ApiDelivery } from '../wire/delivery-dto.js';
import { computeUserHash } from '../security/user-hash.js';
import { BANKRUPTCY_SHOPPER_LINES, ok, request, say, waitForLead } from './support/chat.js';
import { api, deliveriesOf, eventually, leadOf } from './support/lead.js';
import { openVisitor, useTestSite, type TestSiteContext } from './support/test-server.js';


interface Erased {
  erased: { counts: Record<string, number> };
}

/** Every .eml file under DATA_DIR/outbox-mail, decoded (text, HTML and the ADF attachment). */
async function mailFiles(t: TestSiteContext): Promise<Array<{ name: string; content: string }>> {
  const dir = path.join(t.server.dataDir, 'outbox-mail');
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.eml'));
  return Promise.all(
    names.map(async (name) => {
      const mail = await simpleParser(await readFile(path.join(dir, name)));
      const parts = [mail.subject, mail.text, String(mail.html), ...mail.attachments.map((a) => a.content.toString('utf8'))];
      return { name, content: parts.join('\n') };
    }),
  );
}

async function shopperGivesNumber(t: TestSiteContext, phone: string, auth = {}) {
  const shopper = await openVisitor(t, auth);
  for (const line of BANKRUPTCY_SHOPPER_LINES) if ((await say(shopper.socket, line)).reply.disclosure) break;
  const captured = waitForLead(shopper.socket);
  await say(shopper.socket, `Sure, call me at ${phone}`);
  const { leadId } = await captured;
  return { ...shopper, leadId };
}

/** The number joins the lead when typed (a call-back request) and the yes upgrades it: two lead emails. */
async function strangerGivesNumber(t: TestSiteContext, phone: string, auth = {}) {
  const stranger = await openVisitor(t, auth);
  await say(stranger.socket, phone);
  const captured = waitForLead(stranger.socket);
  await say(stranger.socket, 'yes');
  const { leadId } = await captured;
  return { ...stranger, leadId };
}

const emailsDelivered = (t: TestSiteContext, leadId: string, count: number) =>
  eventually(
    () => deliveriesOf(t, leadId),
    (ds) => ds.filter((d) => d.kind === 'email.lead' && d.status === 'delivered').length === count,
  );

describe('export and erase follow the lead a visitor contributed to, with lead emails written as .eml files', () => {
  const t = useTestSite();

  it("exports and erases a shopper's part of a lead a stranger joined, then the stranger's", async () => {
    const maria = await shopperGivesNumber(t, '(305) 814-2279');
    const stranger = await strangerGivesNumber(t, '(305) 814-2279');
    expect(stranger.leadId).toBe(maria.leadId);
    await emailsDelivered(t, maria.leadId, 3);
    expect((await mailFiles(t)).filter((file) => file.content.includes('bankruptcy'))).toHaveLength(3);

    const mine = await api<{ leads: Lead[]; deliveries: ApiDelivery[] }>(t, `/v1/visitors/${maria.session.visitorId}/export`);
    expect(mine.body.leads.map((lead) => [lead.id, lead.conversations.map((c) => c.visitorId)])).toEqual([[maria.leadId, [maria.session.visitorId]]]);
    expect(mine.body.deliveries.map((d) => d.id).sort()).toEqual([1, 2, 3].map((version) => `${maria.leadId}:${version}:email.lead`));
    const theirs = await api<{ leads: Lead[]; deliveries: ApiDelivery[] }>(t, `/v1/visitors/${stranger.session.visitorId}/export`);
    expect(theirs.body.leads.map((lead) => [lead.id, lead.visitorId, lead.contact])).toEqual([
      [maria.leadId, stranger.session.visitorId, { phone: '+13058142279', phoneNational: '(305) 814-2279' }],
    ]);
    expect(theirs.body.deliveries.map((d) => d.id).sort()).toEqual([`${maria.leadId}:2:email.lead`, `${maria.leadId}:3:email.lead`]);
    expect(JSON.stringify(theirs.body)).not.toMatch(/bankruptcy|Maria|Lopez/);

    const erased = await api<Erased>(t, `/v1/visitors/${maria.session.visitorId}`, { method: 'DELETE' });
    expect(erased.body.erased.counts).toMatchObject({ leads: 1, leadsKept: 1, mailFiles: 3, visitors: 1 });
    expect((await mailFiles(t)).filter((file) => /bankruptcy|Maria/.test(file.content))).toEqual([]);
    const left = await leadOf(t, maria.leadId);
    expect(left).toMatchObject({ visitorId: stranger.session.visitorId, conversationId: stranger.session.conversationId, contact: { phone: '+13058142279' } });
    expect(left.conversations).toHaveLength(1);
    expect(JSON.stringify(left)).not.toMatch(/bankruptcy|Maria|Lopez|Corolla/);

    const strangerErased = await api<Erased>(t, `/v1/visitors/${stranger.session.visitorId}`, { method: 'DELETE' });
    expect(strangerErased.body.erased.counts).toMatchObject({ leads: 1, leadsKept: 0, visitors: 1 });
    expect((await api(t, `/v1/leads/${maria.leadId}`)).status).toBe(404);
    expect((await mailFiles(t)).filter((file) => file.name.startsWith(maria.leadId))).toEqual([]);
    for (const one of [maria, stranger]) one.socket.close();
  });

  it('erases one shopper on two devices: each device its own part, or all of it once the devices are linked', async () => {
    const laptop = await shopperGivesNumber(t, '(786) 202-3371');
    const phone = await strangerGivesNumber(t, '(786) 202-3371');
    await emailsDelivered(t, laptop.leadId, 3);
    const laptopErased = await api<Erased>(t, `/v1/visitors/${laptop.session.visitorId}`, { method: 'DELETE' });
    expect(laptopErased.body.erased.counts).toMatchObject({ leads: 1, leadsKept: 1, mailFiles: 3 });
    expect((await leadOf(t, laptop.leadId)).conversations.map((c) => c.visitorId)).toEqual([phone.session.visitorId]);

    const userHash = computeUserHash(t.site.site.identitySecret, 'crm-4242');
    const desktop = await shopperGivesNumber(t, '(786) 202-3372');
    await ok(request(desktop.socket, 'visitor:identify', { externalId: 'crm-4242', userHash }));
    const tablet = await strangerGivesNumber(t, '(786) 202-3372');
    await ok(request(tablet.socket, 'visitor:identify', { externalId: 'crm-4242', userHash }));
    await emailsDelivered(t, desktop.leadId, 3);
    const both = await api<Erased>(t, `/v1/visitors/${tablet.session.visitorId}`, { method: 'DELETE' });
    expect(both.body.erased.counts).toMatchObject({ leads: 1, leadsKept: 0, mailFiles: 3, visitors: 2 });
    expect((await api(t, `/v1/leads/${desktop.leadId}`)).status).toBe(404);
    expect((await mailFiles(t)).filter((file) => file.name.startsWith(desktop.leadId))).toEqual([]);
    for (const one of [laptop, phone, desktop, tablet]) one.socket.close();
  });
});
