import type { EscalationJobRecord } from '../store/records.js';
import type { DeliveryContext, DeliveryOutcome } from './deliver-job.js';
import { sendWebhook } from './site-webhook.js';

/**
 * How long a job may wait for its escalation to be stored: the job is written just before the conditional write
 * that starts the escalation (so a crash in between cannot lose the webhook), and a worker fast enough to claim it
 * first tries again. Past this, the escalation never started (another change came first) and nothing is sent.
 */
const UNCONFIRMED_MS = 60_000;

function bodyOf(job: EscalationJobRecord, data: Record<string, unknown>, now: Date): string {
  return JSON.stringify({ id: job.id, type: job.event, createdAt: now.toISOString(), data });
}

/**
 * Sends `conversation.escalated` with what the conversation holds now: the shopper's words that called for a
 * person, their name and phone when known, and the link that opens the chat in the workspace. Signed and retried
 * like a lead webhook (docs/rest.md).
 */
export async function deliverEscalationWebhook(ctx: DeliveryContext, job: EscalationJobRecord): Promise<DeliveryOutcome> {
  const now = ctx.now?.() ?? new Date();
  const site = await ctx.store.sites.byId(job.siteId);
  if (!site) return { status: 'failed', reason: 'the site no longer exists' };
  const conversation = await ctx.store.conversations.byId(job.conversationId);
  if (!conversation) return { status: 'failed', reason: 'the conversation no longer exists (erased)' };
  const stored = conversation.handoff?.log.some((entry) => entry.kind === 'escalated' && entry.at.getTime() === job.at.getTime());
  if (!stored) {
    if (now.getTime() - job.createdAt.getTime() < UNCONFIRMED_MS) throw new Error('the escalation is not stored yet');
    return { status: 'superseded', reason: 'the escalation was never stored: another change to the conversation came first' };
  }
  const message = await ctx.store.messages.byId(job.messageId);
  const { firstName, lastName, phone } = conversation.facts;
  const name = [firstName, lastName].filter(Boolean).join(' ');
  const data = {
    conversationId: conversation.id,
    siteId: site.id,
    reason: job.reason,
    at: job.at.toISOString(),
    deadline: job.deadline.toISOString(),
    ...(message && { message: message.text }),
    visitor: { ...(name && { name }), ...(phone && { phone }) },
    links: { console: `${ctx.publicUrl}/console/conversations/${encodeURIComponent(conversation.id)}` },
  };
  return sendWebhook(ctx, site, { eventId: job.id, event: job.event, body: bodyOf(job, data, now), now });
}
