import { describe, expect, it } from 'vitest';
import type { ErrorResponse, SessionStartResult } from '../../sdk/protocol/index.js';
import { createVisitorTokens } from '../security/visitor-token.js';
import { PAGE, startSession } from './support/chat.js';
import { connect, connected, connectError, openVisitor, PAGE_ORIGIN, useTestSite } from './support/test-server.js';

const SECRET = 'test-secret-for-visitor-tokens-0123456789';
const DAY = 86_400_000;

/** The token the server would have issued `daysAgo` days ago, with the default 30-day lifetime. */
function tokenIssued(daysAgo: number, siteId: string, visitorId: string): string {
  return createVisitorTokens(SECRET, { ttlMs: 30 * DAY, now: () => new Date(Date.now() - daysAgo * DAY) }).issue(siteId, visitorId);
}

function expiryOf(token: string): number {
  return parseInt(token.split('.')[2] ?? '', 36) * 1000;
}

describe('visitor tokens expire and renew silently', () => {
  const t = useTestSite({ CATHY_SECRET: SECRET });

  it('issues a token that expires in 30 days and renews it at every session start', async () => {
    const { socket, session } = await openVisitor(t);
    socket.close();
    expect(expiryOf(session.visitorToken)).toBeGreaterThan(Date.now() + 29 * DAY);
    expect(expiryOf(session.visitorToken)).toBeLessThanOrEqual(Date.now() + 30 * DAY);

    // A returning visitor whose token has ten days left resumes the same conversation and gets 30 days again.
    const old = tokenIssued(20, t.site.site.id, session.visitorId);
    const back = await openVisitor(t, { visitorId: session.visitorId, visitorToken: old });
    back.socket.close();
    expect(back.session).toMatchObject({ visitorId: session.visitorId, conversationId: session.conversationId });
    expect(expiryOf(back.session.visitorToken)).toBeGreaterThan(Date.now() + 29 * DAY);
  });

  it('refuses an expired token with a clear INVALID_TOKEN over sockets and HTTP; a fresh start works', async () => {
    const { socket, session } = await openVisitor(t);
    socket.close();
    const expired = tokenIssued(31, t.site.site.id, session.visitorId);

    const refused = await connectError(connect(t.server.url, { siteKey: t.site.site.publicKey, visitorId: session.visitorId, visitorToken: expired }));
    expect(refused).toMatchObject({ code: 'INVALID_TOKEN', message: expect.stringMatching(/expired/) as unknown as string });

    const headers = { 'content-type': 'application/json', origin: PAGE_ORIGIN, authorization: `Bearer ${expired}` };
    const post = await fetch(`${t.server.url}/v1/sessions`, { method: 'POST', headers, body: JSON.stringify({ siteKey: t.site.site.publicKey, ...PAGE }) });
    expect(post.status).toBe(401);
    expect(((await post.json()) as ErrorResponse).error.message).toMatch(/expired/);
    const history = await fetch(`${t.server.url}/v1/conversations/${session.conversationId}/messages`, { headers });
    expect(history.status).toBe(401);

    const fresh = connect(t.server.url, { siteKey: t.site.site.publicKey });
    await connected(fresh);
    const started: SessionStartResult = await startSession(fresh);
    fresh.close();
    expect(started.visitorId).not.toBe(session.visitorId);
  });
});
