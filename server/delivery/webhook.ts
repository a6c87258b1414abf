import { createHmac } from 'node:crypto';

const SIGNATURE_HEADER = 'X-Cathy-Signature';
const EVENT_ID_HEADER = 'X-Cathy-Event-Id';
const TIMEOUT_MS = 10_000;

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>`. The timestamp is signed with the body so a
 * receiver can refuse old replays; Stripe's scheme, which receivers' developers already know.
 */
export function signatureHeader(secret: string, body: string, unixSeconds: number): string {
  const digest = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${digest}`;
}

export interface WebhookPost {
  url: string;
  secret: string;
  /** Stable across retries of one job: the receiver's idempotency key. */
  eventId: string;
  event: string;
  body: string;
  now?: Date;
  timeoutMs?: number;
}

/**
 * POSTs a signed event. Resolves only on a 2xx answer; anything else (an error status, a redirect, a timeout,
 * a refused connection) rejects so the outbox retries it.
 */
export async function postWebhook(post: WebhookPost): Promise<string> {
  const seconds = Math.floor((post.now ?? new Date()).getTime() / 1000);
  const response = await fetch(post.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'CathyChat-Webhook/1',
      [SIGNATURE_HEADER]: signatureHeader(post.secret, post.body, seconds),
      [EVENT_ID_HEADER]: post.eventId,
      'X-Cathy-Event': post.event,
    },
    body: post.body,
    // A redirect could send the lead somewhere the dealer never configured.
    redirect: 'manual',
    signal: AbortSignal.timeout(post.timeoutMs ?? TIMEOUT_MS),
  });
  // Only the status matters: a receiver's body, however large or endless, is dropped unread, never buffered.
  await response.body?.cancel().catch(() => undefined);
  if (response.status < 200 || response.status > 299) throw new Error(`webhook answered HTTP ${response.status}`);
  return `webhook:${new URL(post.url).origin} ${response.status}`;
}
