import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { ChatMessage, Lead } from '../../sdk/protocol/index.js';
import type { ApiDelivery } from '../wire/delivery-dto.js';
import { computeUserHash } from '../security/user-hash.js';
import { ok, request, say } from './support/chat.js';
import { api, captureLead, deliveriesOf, eventually } from './support/lead.js';
import { addSite, openVisitor, useTestSite } from './support/test-server.js';

interface Export {
  visitor: { id: string; siteId: string };
  conversations: Array<{ id: string }>;
  messages: ChatMessage[];
  leads: Lead[];
  deliveries: ApiDelivery[];
}

const exists = (file: string) => access(file).then(() => true, () => false);

async function emailFileOf(t: ReturnType<typeof useTestSite>, leadId: string): Promise<string> {
  const deliveries = await eventually(
    () => deliveriesOf(t, leadId),
    (ds) => ds.some((d) => d.kind === 'email.lead' && d.status === 'delivered'),
  );
  const deliveredTo = deliveries.find((d) => d.kind === 'email.lead')?.deliveredTo ?? '';
  expect(deliveredTo).toMatch(/^file:outbox-mail\/[\w.:-]+\.eml$/);
  return path.join(t.server.dataDir, deliveredTo.replace(/^file:/, ''));
}

describe('privacy requests, with lead emails written as .eml files', () => {
  // Port 1 refuses connections: the webhook job stays pending, as during a receiver outage.
  const t = useTestSite({ WEBHOOK_ALLOW_PRIVATE: '1' }, { webhook: { url: 'http://127.0.0.1:1/hook', secret: 'whsec_0123456789abcdef' } });

  it('writes an openable .eml file per lead email when SMTP_URL is unset', async () => {
    const { leadId } = await captureLead(t, '(305) 814-2279');
    const file = await emailFileOf(t, leadId);
    expect(file.startsWith(`${t.server.dataDir}/outbox-mail/`)).toBe(true);
    const mail = await simpleParser(await readFile(file));
    expect(mail.subject).toMatch(/^Call now: Maria Lopez/);
    expect(mail.html).toContain('href="tel:+13058142279"');
  });

  it("exports everything stored about a visitor, then erases it and leaves an audit record without personal data", async () => {
    const erased = await captureLead(t, '(786) 202-3344');
    const kept = await captureLead(t, '(786) 202-3355');
    const erasedFile = await emailFileOf(t, erased.leadId);
    const keptFile = await emailFileOf(t, kept.leadId);

    const { status, body } = await api<Export>(t, `/v1/visitors/${erased.visitorId}/export`);
    expect(status).toBe(200);
    expect(body.visitor).toMatchObject({ id: erased.visitorId, siteId: t.site.site.id });
    expect(body.conversations.map((c) => c.id)).toEqual([erased.conversationId]);
    expect(body.messages.map((m) => m.text)).toContain('My name is Maria Lopez');
    expect(body.leads.map((l) => [l.id, l.contact.phone])).toEqual([[erased.leadId, '+17862023344']]);
    expect(body.deliveries.map((d) => d.kind).sort()).toEqual(['email.lead', 'webhook']);

    const other = await addSite(t.server, { name: 'Other Motors' });
    const asOther = { headers: { authorization: `Bearer ${other.secretKey}` } };
    expect((await fetch(`${t.server.url}/v1/visitors/${erased.visitorId}/export`, asOther)).status).toBe(404);
    expect((await fetch(`${t.server.url}/v1/visitors/${erased.visitorId}`, { ...asOther, method: 'DELETE' })).status).toBe(404);

    const deleted = await api<{ erased: { visitorId: string; counts: Record<string, number> } }>(t, `/v1/visitors/${erased.visitorId}`, { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    expect(deleted.body.erased.counts).toMatchObject({ deliveries: 1, mailFiles: 1, leads: 1, conversations: 1, visitors: 1 });
    expect(deleted.body.erased.counts.messages).toBe(body.messages.length);

    expect((await api(t, `/v1/visitors/${erased.visitorId}/export`)).status).toBe(404);
    expect((await api(t, `/v1/leads/${erased.leadId}`)).status).toBe(404);
    expect((await api(t, `/v1/conversations/${erased.conversationId}`)).status).toBe(404);
    expect(await exists(erasedFile)).toBe(false);
    expect((await deliveriesOf(t, erased.leadId)).map((d) => [d.kind, d.status])).toEqual([['email.lead', 'delivered']]);

    const audit = (await t.server.store.audit.list(t.site.site.id)).at(-1);
    expect(audit).toMatchObject({ action: 'visitor.erased', subject: erased.visitorId, counts: deleted.body.erased.counts });
    expect(JSON.stringify(audit)).not.toMatch(/Maria|Lopez|786|2023344|example/);

    expect(await exists(keptFile)).toBe(true);
    expect((await api(t, `/v1/leads/${kept.leadId}`)).status).toBe(200);
    expect((await api(t, `/v1/visitors/${kept.visitorId}/export`)).status).toBe(200);
  });

  it('refuses malformed ids and calls without the secret key', async () => {
    expect((await api(t, '/v1/visitors/not-a-uuid/export')).status).toBe(400);
    expect((await fetch(`${t.server.url}/v1/visitors/01950000-0000-7000-8000-000000000001`, { method: 'DELETE' })).status).toBe(401);
  });

  it("covers the customer's other devices, linked by userHash, in one export and one erase", async () => {
    const userHash = computeUserHash(t.site.site.identitySecret, 'crm-7007');
    const laptop = await openVisitor(t);
    const phone = await openVisitor(t);
    const stranger = await openVisitor(t);
    for (const device of [laptop, phone]) await ok(request(device.socket, 'visitor:identify', { externalId: 'crm-7007', userHash }));
    await say(laptop.socket, 'Looking at the Tacoma from my laptop');
    await say(phone.socket, 'And now from my phone');
    await say(stranger.socket, 'Just browsing');
    for (const device of [laptop, phone, stranger]) device.socket.close();

    const { body } = await api<Export & { linkedVisitors: Array<{ id: string }> }>(t, `/v1/visitors/${phone.session.visitorId}/export`);
    expect(body.visitor.id).toBe(phone.session.visitorId);
    expect(body.linkedVisitors.map((v) => v.id)).toEqual([laptop.session.visitorId]);
    expect(body.messages.map((m) => m.text)).toEqual(expect.arrayContaining(['Looking at the Tacoma from my laptop', 'And now from my phone']));
    expect(body.messages.map((m) => m.text)).not.toContain('Just browsing');

    const deleted = await api<{ erased: { counts: Record<string, number> } }>(t, `/v1/visitors/${phone.session.visitorId}`, { method: 'DELETE' });
    expect(deleted.body.erased.counts).toMatchObject({ visitors: 2, conversations: 2 });
    for (const gone of [laptop, phone]) expect(await t.server.store.visitors.byId(gone.session.visitorId)).toBeNull();
    expect(await t.server.store.messages.listByVisitor(laptop.session.visitorId)).toEqual([]);
    expect(await t.server.store.visitors.byId(stranger.session.visitorId)).not.toBeNull();
  });
});
