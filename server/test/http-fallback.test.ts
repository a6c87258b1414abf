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
      return (await res.json()) as PostMessageResult;
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
  });

  it('refuses a visitorId without its token and a message without a token', async () => {
    const res = await fetch(`${t.server.url}/v1/sessions`, {
      method: 'POST',
      headers: headers(),
      body: JSON.stringify({ siteKey: t.site.site.publicKey, visitorId: randomUUID(), page: PAGE.page }),
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as ErrorResponse).error.code).toBe('INVALID_TOKEN');
    const noToken = await fetch(`${t.server.url}/v1/conversations/${randomUUID()}/messages`, {
      method: 'POST',
      headers: headers(),
      body: JSON.stringify({ clientId: randomUUID(), text: 'hi' }),
    });
    expect(noToken.status).toBe(404);
  });
});
