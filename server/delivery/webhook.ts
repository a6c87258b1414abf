import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { isPublicAddress, publicOnlyLookup } from '../security/webhook-address.js';

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
  /** WEBHOOK_ALLOW_PRIVATE: the receiver may be on a private, loopback or link-local address. */
  allowPrivate?: boolean;
}

/** The answer's status; its body, however large or endless, is dropped unread, never buffered. */
function send(url: URL, headers: Record<string, string>, body: string, options: { timeoutMs: number; allowPrivate: boolean }): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        ...(options.allowPrivate ? {} : { lookup: publicOnlyLookup }),
        signal: AbortSignal.timeout(options.timeoutMs),
      },
      (response) => {
        resolve(response.statusCode ?? 0);
        response.destroy();
      },
    );
    // `on`, not `once`: destroying the answer early may raise another error, which must not go unhandled.
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * POSTs a signed event. Resolves only on a 2xx answer; anything else (an error status, a redirect, a timeout,
 * a refused connection) rejects so the outbox retries it.
 */
export async function postWebhook(post: WebhookPost): Promise<string> {
  const seconds = Math.floor((post.now ?? new Date()).getTime() / 1000);
  const url = new URL(post.url);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // An IP literal is connected to without a lookup, so it is checked here; names are checked as they resolve.
  if (!post.allowPrivate && isIP(host) && !isPublicAddress(host)) {
    throw new Error(`webhook address ${host} is not a public address (set WEBHOOK_ALLOW_PRIVATE=1 to allow)`);
  }
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'CathyChat-Webhook/1',
    [SIGNATURE_HEADER]: signatureHeader(post.secret, post.body, seconds),
    [EVENT_ID_HEADER]: post.eventId,
    'X-Cathy-Event': post.event,
  };
  // Redirects are not followed: one could send the lead somewhere the dealer never configured.
  const status = await send(url, headers, post.body, { timeoutMs: post.timeoutMs ?? TIMEOUT_MS, allowPrivate: post.allowPrivate ?? false });
  if (status < 200 || status > 299) throw new Error(`webhook answered HTTP ${status}`);
  return `webhook:${url.origin} ${status}`;
}
