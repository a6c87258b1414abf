import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ErrorResponse, Lead, MessagesSinceResult, PostMessageResult, SessionStartResult } from '../../sdk/protocol/index.js';
import { PAGE, SHOPPER_LINES } from './support/chat.js';
import { PAGE_ORIGIN, useTestSite } from './support/test-server.js';

describe('the HTTP fallback carries a whole conversation', () => {
  const t = useTestSite();

  const headers = (token?: string) => ({
    'content-type': 'application/json',
    origin: PAGE_ORIGIN,
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  });

  it('starts a session, talks to a captured phone, reads history, and resumes the session', async () => {
    const started = await fetch(`${t.server.url}/v1/sessions`, {
      method: 'POST',
      headers: headers(),
      body: JSON.stringify({ siteKey: t.site.site.publicKey, ...PAGE }),
    });
    expect(started.status).toBe(201);
    const session = (await started.json()) as SessionStartResult;
    const post = async (text: string) => {
      const res = await fetch(`${t.server.url}/v1/conversations/${session.conversationId}/messages`, {
        method: 'POST',
        headers: headers(session.visitorToken),
        body: JSON.stringify({ clientId: randomUUID(), text }),
      });
      expect(res.status).toBe(200);
      return (await res.json()) as Required<PostMessageResult>;
    };
    let asked = false;
    for (const line of SHOPPER_LINES) {
      const { reply } = await post(line);
      if (reply.disclosure) {
        asked = true;
        break;
      }
    }
    expect(asked).toBe(true);
    const { reply } = await post('You can reach me at 561 320 4455');
    expect(reply.role).toBe('assistant');

    const leads = await fetch(`${t.server.url}/v1/leads`, { headers: { authorization: `Bearer ${t.site.secretKey}` } });
    const { leads: list } = (await leads.json()) as { leads: Lead[] };
    expect(list.find((l) => l.conversationId === session.conversationId)?.contact.phone).toBe('+15613204455');

    const history = await fetch(`${t.server.url}/v1/conversations/${session.conversationId}/messages?limit=3`, {
      headers: headers(session.visitorToken),
    });
    const page = (await history.json()) as MessagesSinceResult;
    expect(page.messages).toHaveLength(3);
    expect(page.hasMore).toBe(true);

    const resumed = await fetch(`${t.server.url}/v1/sessions`, {
      method: 'POST',
      headers: headers(session.visitorToken),
      body: JSON.stringify({ siteKey: t.site.site.publicKey, visitorId: session.visitorId, page: PAGE.page }),
    });
    const again = (await resumed.json()) as SessionStartResult;
    expect(again.conversationId).toBe(session.conversationId);
    expect(again.messages.length).toBeGreaterThan(5);

    const tokenOnly = await fetch(`${t.server.url}/v1/sessions`, {
      method: 'POST',
      headers: headers(session.visitorToken),
      body: JSON.stringify({ siteKey: t.site.site.publicKey, page: PAGE.page }),
    });
    expect(((await tokenOnly.json()) as SessionStartResult).conversationId).toBe(session.conversationId);
  });

  it('refuses a visitorId without its token and a message without a token', async () => {
    const res = await fetch(`${t.server.url}/v1/sessions`, {
      method: 'POST',
      headers: headers(),
      body: JSON.stringify({ siteKey: t.site.site.publicKey, visitorId: randomUUID(), page: PAGE.page }),
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as ErrorResponse).error.code).toBe('INVALID_TOKEN');
    const forged = await fetch(`${t.server.url}/v1/sessions`, {
      method: 'POST',
      headers: headers('v1.someone.forged'),
      body: JSON.stringify({ siteKey: t.site.site.publicKey, page: PAGE.page }),
    });
    expect(((await forged.json()) as ErrorResponse).error.code).toBe('INVALID_TOKEN');
    const noToken = await fetch(`${t.server.url}/v1/conversations/${randomUUID()}/messages`, {
      method: 'POST',
      headers: headers(),
      body: JSON.stringify({ clientId: randomUUID(), text: 'hi' }),
    });
    expect(noToken.status).toBe(404);
  });
});

describe('the HTTP fallback streams with Accept: text/event-stream', () => {
  const t = useTestSite();

  function parse(body: string) {
    return body
      .trim()
      .split('\n\n')
      .map((block) => {
        const [eventLine = '', dataLine = ''] = block.split('\n');
        return { event: eventLine.replace('event: ', ''), data: JSON.parse(dataLine.replace('data: ', '')) as Record<string, unknown> };
      });
  }

  it("sends the stored message, typing, deltas and Cathy's reply as server-sent events", async () => {
    const session = (await (
      await fetch(`${t.server.url}/v1/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: PAGE_ORIGIN },
        body: JSON.stringify({ siteKey: t.site.site.publicKey, ...PAGE }),
      })
    ).json()) as SessionStartResult;
    const post = (clientId: string) =>
      fetch(`${t.server.url}/v1/conversations/${session.conversationId}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: PAGE_ORIGIN, accept: 'text/event-stream', authorization: `Bearer ${session.visitorToken}` },
        body: JSON.stringify({ clientId, text: 'Do you have used minivans?' }),
      });
    const clientId = randomUUID();
    const res = await post(clientId);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = parse(await res.text());
    expect(events.map((e) => e.event)).toEqual(['message', 'typing', 'message:delta', 'message:done', 'typing']);
    const message = events[0]?.data.message as { id: string };
    const done = events[3]?.data.message as { replyTo: string; text: string };
    expect(done.replyTo).toBe(message.id);
    expect(events[2]?.data.delta).toBe(done.text);

    const again = parse(await (await post(clientId)).text());
    expect(again.map((e) => e.event)).toEqual(['message', 'message:done']);
    expect((again[1]?.data.message as { text: string }).text).toBe(done.text);
  });
});
