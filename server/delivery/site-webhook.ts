import { privateWebhookProblem } from '../security/webhook-address.js';
import type { SiteRecord } from '../store/records.js';
import type { DeliveryContext, DeliveryOutcome } from './deliver-job.js';
import { postWebhook } from './webhook.js';

/** Posts a signed event to the site's webhook: the same checks and signature for lead and escalation events. */
export async function sendWebhook(
  ctx: Pick<DeliveryContext, 'allowPrivateWebhooks'>,
  site: SiteRecord,
  event: { eventId: string; event: string; body: string; now: Date },
): Promise<DeliveryOutcome> {
  if (!site.webhook) return { status: 'failed', reason: 'the site has no webhook any more' };
  const allowPrivate = ctx.allowPrivateWebhooks ?? false;
  const problem = allowPrivate ? undefined : privateWebhookProblem(site.webhook.url);
  if (problem) return { status: 'failed', reason: `the webhook URL ${problem}` };
  return { status: 'delivered', deliveredTo: await postWebhook({ ...site.webhook, ...event, allowPrivate }) };
}
