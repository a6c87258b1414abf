import { toLead } from '../wire/dto.js';
import { outboxJobId } from '../leads/outbox-relay.js';
import { leadPageUrl, type LeadLinks } from '../security/lead-link.js';
import type { LeadRecord, OutboxJob, OutboxJobRecord, SiteRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { composeAdfMail, composeLeadMail } from './compose-mail.js';
import type { Mailer } from './mailer.js';
import { deliverEscalationWebhook } from './escalation-webhook.js';
import { deliverStaffMail } from './staff-mail.js';
import { sendWebhook } from './site-webhook.js';

export interface DeliveryContext {
  store: Store;
  mailer: Mailer;
  publicUrl: string;
  /** Signs the read-only conversation page link each email and webhook carries. */
  leadLinks: LeadLinks;
  now?: () => Date;
  /** WEBHOOK_ALLOW_PRIVATE: webhooks may reach private, loopback and link-local addresses. */
  allowPrivateWebhooks?: boolean;
}

/** What became of one attempt; a thrown error means "try again later". */
export type DeliveryOutcome =
  | { status: 'delivered'; deliveredTo: string }
  | { status: 'superseded'; reason: string }
  /** Retrying cannot help until someone changes something; the job waits as a dead letter. */
  | { status: 'failed'; reason: string };

function webhookBody(job: OutboxJobRecord, lead: LeadRecord, publicUrl: string, conversationUrl: string, now: Date): string {
  return JSON.stringify({
    id: job.id,
    type: job.event,
    createdAt: now.toISOString(),
    data: {
      lead: toLead(lead),
      ...(job.event === 'lead.updated' && lead.lastChanges ? { changed: lead.lastChanges } : {}),
      links: {
        lead: `${publicUrl}/v1/leads/${lead.id}`,
        adf: `${publicUrl}/v1/leads/${lead.id}/adf`,
        conversation: `${publicUrl}/v1/conversations/${lead.conversationId}`,
        page: conversationUrl,
      },
    },
  });
}

async function send(ctx: DeliveryContext, job: OutboxJobRecord, lead: LeadRecord, site: SiteRecord): Promise<DeliveryOutcome> {
  const now = ctx.now?.() ?? new Date();
  const conversationUrl = leadPageUrl(ctx.publicUrl, ctx.leadLinks.issue(lead.id, now));
  const input = { store: ctx.store, job, lead, site, publicUrl: ctx.publicUrl, conversationUrl };
  switch (job.kind) {
    case 'email.lead':
      if (site.leadRecipients.length === 0) return { status: 'failed', reason: 'the site has no lead recipients any more' };
      return { status: 'delivered', deliveredTo: await ctx.mailer.send(await composeLeadMail(input)) };
    case 'email.adf':
      if (site.adfRecipients.length === 0) return { status: 'failed', reason: 'the site has no ADF recipients any more' };
      return { status: 'delivered', deliveredTo: await ctx.mailer.send(composeAdfMail(input)) };
    case 'webhook':
      return sendWebhook(ctx, site, { eventId: job.id, event: job.event, body: webhookBody(job, lead, ctx.publicUrl, conversationUrl, now), now });
  }
}

/**
 * Sends one job with the lead as it is now: an opt-out that happened after the job was written is never sent
 * as "call now".
 *
 * An older `lead.updated` job is superseded when the lead's current version has its own job of the same
 * kind: that job sends the same current lead, so sending both would only repeat it. `lead.created` jobs are
 * never superseded, so every receiver hears about a lead's creation even if an update overtook it.
 * Staff mail (invitations, resets) rides the same outbox and is simply sent; so do escalation webhooks
 * (escalation-webhook.ts).
 */
export async function deliverJob(ctx: DeliveryContext, job: OutboxJob): Promise<DeliveryOutcome> {
  if (job.kind === 'email.staff') return deliverStaffMail(ctx.mailer, job);
  if (job.kind === 'webhook.escalation') return deliverEscalationWebhook(ctx, job);
  const lead = await ctx.store.leads.byId(job.leadId);
  if (!lead) return { status: 'failed', reason: 'the lead no longer exists (erased)' };
  const site = await ctx.store.sites.byId(job.siteId);
  if (!site) return { status: 'failed', reason: 'the site no longer exists' };
  if (job.event === 'lead.updated' && lead.version > job.leadVersion) {
    const newer = outboxJobId(lead.id, lead.version, job.kind);
    // Only a newer update sends what this one would; a newer `lead.status_changed` leaves it to go.
    if ((await ctx.store.outbox.byId(newer))?.event === 'lead.updated') return { status: 'superseded', reason: `superseded by ${newer}` };
  }
  return send(ctx, job, lead, site);
}
