import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../store/embedded/open-embedded-store.js';
import type { OutboxJobRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { deliverJob, type DeliveryContext } from './deliver-job.js';
import type { Mailer, OutgoingMail } from './mailer.js';
import { createLeadLinks } from '../security/lead-link.js';
import { testLead, testSite } from './test-lead.js';

function jobFor(leadId: string, version: number, kind: OutboxJobRecord['kind'], event: OutboxJobRecord['event']): OutboxJobRecord {
  const now = new Date();
  return { id: `${leadId}:${version}:${kind}`, siteId: 'site-1', leadId, visitorId: 'visitor-1', kind, event, leadVersion: version, status: 'processing', attempts: 1, nextAttemptAt: now, createdAt: now, updatedAt: now };
}

describe('deliverJob', () => {
  let dir: string;
  let store: Store;
  let sent: OutgoingMail[];
  let ctx: DeliveryContext;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cathy-deliver-'));
    store = await openEmbeddedStore(dir);
    sent = [];
    const mailer: Mailer = {
      mode: 'smtp',
      send: async (mail) => {
        sent.push(mail);
        return 'smtp:test 250 OK';
      },
      verify: async () => undefined,
      removeLeftovers: async () => 0,
      close: () => undefined,
    };
    ctx = { store, mailer, publicUrl: 'https://chat.example', leadLinks: createLeadLinks('secret') };
    await store.sites.insert(testSite());
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('sends the lead as it is now: an opt-out made after the job was written is never sent as "call now"', async () => {
    const lead = testLead({ version: 2, status: 'do_not_contact', doNotContact: true });
    await store.leads.save(lead);

    const outcome = await deliverJob(ctx, jobFor(lead.id, 1, 'email.lead', 'lead.created'));

    expect(outcome).toEqual({ status: 'delivered', deliveredTo: 'smtp:test 250 OK' });
    expect(sent[0]?.subject).toMatch(/^Do not contact: Maria Lopez/);
    expect(sent[0]?.text).toContain('Do not contact — the shopper opted out of calls and texts');
    expect(sent[0]?.replyTo).toBeUndefined();
  });

  it('supersedes an older update when the current version has its own job of that kind', async () => {
    const lead = testLead({ version: 3, status: 'updated' });
    await store.leads.save(lead);
    await store.outbox.insertMissing([jobFor(lead.id, 3, 'email.adf', 'lead.updated')]);

    expect(await deliverJob(ctx, jobFor(lead.id, 2, 'email.adf', 'lead.updated'))).toEqual({
      status: 'superseded',
      reason: `superseded by ${lead.id}:3:email.adf`,
    });
    expect(await deliverJob(ctx, jobFor(lead.id, 2, 'email.lead', 'lead.updated'))).toMatchObject({ status: 'delivered' });
    expect(await deliverJob(ctx, jobFor(lead.id, 1, 'email.adf', 'lead.created'))).toMatchObject({ status: 'delivered' });
    expect(sent.map((mail) => mail.jobId)).toEqual([`${lead.id}:2:email.lead`, `${lead.id}:1:email.adf`]);
  });

  it("leaves an older update's webhook to go when the newer webhook is a lead.status_changed", async () => {
    const lead = testLead({ version: 3, status: 'updated' });
    await store.leads.save(lead);
    await store.outbox.insertMissing([jobFor(lead.id, 3, 'webhook', 'lead.status_changed')]);

    const outcome = await deliverJob(ctx, jobFor(lead.id, 2, 'webhook', 'lead.updated'));

    expect(outcome.status).not.toBe('superseded');
  });

  it('sends the ADF email as bare XML to the CRM address, marked resend for an update', async () => {
    const lead = testLead({ version: 2, status: 'updated' });
    await store.leads.save(lead);
    await deliverJob(ctx, jobFor(lead.id, 2, 'email.adf', 'lead.updated'));
    expect(sent[0]).toMatchObject({ to: ['crm@sunrise.example'], subject: 'Updated lead for Sunrise Auto (ADF)' });
    expect(sent[0]?.html).toBeUndefined();
    expect(sent[0]?.attachments).toBeUndefined();
    expect(sent[0]?.text).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<\?adf version="1\.0"\?>\n<adf>\n {2}<prospect status="resend">/);
  });

  it('dead-letters jobs that cannot succeed: an erased lead, a recipient list emptied since', async () => {
    expect(await deliverJob(ctx, jobFor('gone', 1, 'email.lead', 'lead.created'))).toMatchObject({ status: 'failed', reason: expect.stringMatching(/erased/) });
    const lead = testLead();
    await store.leads.save(lead);
    await store.sites.update('site-1', { leadRecipients: [] });
    expect(await deliverJob(ctx, jobFor(lead.id, 1, 'email.lead', 'lead.created'))).toMatchObject({ status: 'failed' });
    expect(await deliverJob(ctx, jobFor(lead.id, 1, 'webhook', 'lead.created'))).toMatchObject({ status: 'failed', reason: 'the site has no webhook any more' });
    expect(sent).toEqual([]);
  });

  it('dead-letters a webhook aimed at a private address unless the operator allows it', async () => {
    const lead = testLead();
    await store.leads.save(lead);
    // Port 1 refuses connections at once.
    await store.sites.update('site-1', { webhook: { url: 'http://127.0.0.1:1/hook', secret: 'whsec_0123456789abcdef' } });

    const outcome = await deliverJob(ctx, jobFor(lead.id, 1, 'webhook', 'lead.created'));

    expect(outcome).toEqual({ status: 'failed', reason: expect.stringMatching(/webhook URL must reach a public address.*WEBHOOK_ALLOW_PRIVATE=1/) as unknown as string });
    const allowed = deliverJob({ ...ctx, allowPrivateWebhooks: true }, jobFor(lead.id, 1, 'webhook', 'lead.created'));
    // Allowed, it is really attempted (and refused: nothing listens there), so the outbox retries it.
    await expect(allowed).rejects.toThrow(/ECONNREFUSED/);
  });
});
