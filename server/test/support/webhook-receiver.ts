import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WebhookDelivery {
  headers: IncomingHttpHeaders;
  body: string;
  /** The signature checked out against the secret. */
  verified: boolean;
}

export interface TestReceiver {
  url: string;
  secret: string;
  /** Every request, repeats included. */
  requests: WebhookDelivery[];
  /** The receiver's idempotent view: one parsed event per event id. */
  events: Map<string, { type: string; data: unknown }>;
  /** Answer the next `n` requests with this status instead of 200. */
  failNext(n: number, status?: number): void;
  waitForEvents(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Checks `X-Cathy-Signature: t=…,v1=…` as the README tells receivers to. */
export function verifySignature(secret: string, header: string | undefined, body: string): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!match) return false;
  const expected = createHmac('sha256', secret).update(`${match[1]}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(match[2] ?? '', 'hex'));
}

/**
 * A real HTTP receiver on 127.0.0.1 that verifies signatures and dedupes by event id; `delayMs` makes it
 * answer that much later, as a slow CRM does.
 */
export async function startTestReceiver(secret = 'whsec_test_0123456789abcdef', options: { delayMs?: number } = {}): Promise<TestReceiver> {
  const requests: WebhookDelivery[] = [];
  const events = new Map<string, { type: string; data: unknown }>();
  let failures = 0;
  let failStatus = 500;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => setTimeout(answer, options.delayMs ?? 0));
    const answer = () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const verified = verifySignature(secret, req.headers['x-cathy-signature'] as string | undefined, body);
      requests.push({ headers: req.headers, body, verified });
      if (failures > 0) {
        failures--;
        res.writeHead(failStatus).end('try later');
        return;
      }
      if (!verified) {
        res.writeHead(401).end('bad signature');
        return;
      }
      const eventId = String(req.headers['x-cathy-event-id']);
      if (!events.has(eventId)) events.set(eventId, JSON.parse(body) as { type: string; data: unknown });
      res.writeHead(200).end('ok');
    };
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/cathy`,
    secret,
    requests,
    events,
    failNext(n, status = 500) {
      failures = n;
      failStatus = status;
    },
    async waitForEvents(count, timeoutMs = 5_000) {
      const started = Date.now();
      while (events.size < count) {
        if (Date.now() - started > timeoutMs) throw new Error(`expected ${count} webhook events, got ${events.size} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
