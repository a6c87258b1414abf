import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postWebhook, signatureHeader } from './webhook.js';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

describe('postWebhook', () => {
  const received: Received[] = [];
  let status = 200;
  let delayMs = 0;
  let server: Server;
  let url = '';

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        setTimeout(() => res.writeHead(status, status === 302 ? { location: 'http://elsewhere.example/' } : {}).end('ok'), delayMs);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/cathy`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('signs t + "." + body with HMAC-SHA256 and sends the event id', async () => {
    status = 204;
    const body = JSON.stringify({ id: 'lead-1:1:webhook', type: 'lead.created', data: { name: 'Ana "Ñ" & Co' } });
    const now = new Date('2025-03-01T10:00:00Z');

    const where = await postWebhook({ url, secret: 'whsec_0123456789abcdef', eventId: 'lead-1:1:webhook', event: 'lead.created', body, now, allowPrivate: true });

    expect(where).toMatch(/^webhook:http:\/\/127\.0\.0\.1:\d+ 204$/);
    const { headers, body: got } = received.at(-1)!;
    expect(got).toBe(body);
    expect(headers['content-type']).toBe('application/json');
    expect(headers['x-cathy-event-id']).toBe('lead-1:1:webhook');
    expect(headers['x-cathy-event']).toBe('lead.created');
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(headers['x-cathy-signature'])) ?? [];
    expect(Number(t)).toBe(now.getTime() / 1000);
    expect(v1).toBe(createHmac('sha256', 'whsec_0123456789abcdef').update(`${t}.${got}`).digest('hex'));
  });

  it('rejects non-2xx answers, redirects included, so the outbox retries', async () => {
    for (status of [500, 404, 302]) {
      await expect(postWebhook({ url, secret: 's', eventId: 'e', event: 'lead.updated', body: '{}', allowPrivate: true })).rejects.toThrow(`HTTP ${status}`);
    }
  });

  it('gives up on a receiver slower than the timeout', async () => {
    status = 200;
    delayMs = 300;
    await expect(postWebhook({ url, secret: 's', eventId: 'e', event: 'lead.updated', body: '{}', timeoutMs: 50, allowPrivate: true })).rejects.toThrow(/timeout|abort/i);
    delayMs = 0;
  });

  it('answers from the status without reading an endless response body', async () => {
    const endless = createServer((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const chunk = Buffer.alloc(64 * 1024);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    });
    await new Promise<void>((resolve) => endless.listen(0, '127.0.0.1', resolve));
    try {
      const started = Date.now();
      const where = await postWebhook({
        url: `http://127.0.0.1:${(endless.address() as AddressInfo).port}/`,
        secret: 's',
        eventId: 'e',
        event: 'lead.created',
        body: '{}',
        timeoutMs: 3_000,
        allowPrivate: true,
      });
      expect(where).toMatch(/ 200$/);
      expect(Date.now() - started).toBeLessThan(1_000);
    } finally {
      endless.closeAllConnections();
      await new Promise<void>((resolve) => endless.close(() => resolve()));
    }
  });

  it('refuses a loopback, private or link-local receiver unless the operator allows it, before sending anything', async () => {
    const before = received.length;
    const port = new URL(url).port;
    const post = (target: string) => postWebhook({ url: target, secret: 's', eventId: 'e', event: 'lead.created', body: '{}', timeoutMs: 2_000 });
    await expect(post(url)).rejects.toThrow(/127\.0\.0\.1 is not a public address.*WEBHOOK_ALLOW_PRIVATE=1/);
    await expect(post('http://169.254.169.254/latest/meta-data/')).rejects.toThrow(/not a public address/);
    await expect(post(`http://[::ffff:127.0.0.1]:${port}/hooks/cathy`)).rejects.toThrow(/not a public address/);
    // A name is checked on the address it resolves to, the one the connection then uses (no DNS rebinding).
    await expect(post(`http://localhost:${port}/hooks/cathy`)).rejects.toThrow(/localhost resolves to .* not a public address/);
    expect(received.length).toBe(before);
    status = 200;
    await postWebhook({ url: `http://localhost:${port}/hooks/cathy`, secret: 's', eventId: 'e', event: 'lead.created', body: '{}', allowPrivate: true });
    expect(received.length).toBe(before + 1);
  });

  it('produces the documented header format', () => {
    expect(signatureHeader('secret', '{}', 1700000000)).toBe(
      `t=1700000000,v1=${createHmac('sha256', 'secret').update('1700000000.{}').digest('hex')}`,
    );
  });
});
