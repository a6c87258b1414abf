import { afterAll, describe, expect, it } from 'vitest';
import type { Lead } from '../../sdk/protocol/index.js';
import { say, startSession, talkUntilPhoneAsked, waitForLead } from './support/chat.js';
import { addSite, connect, connected, startTestServer, type TestServer } from './support/test-server.js';

describe('the embedded store survives a restart', () => {
  let server: TestServer;
  afterAll(() => server.destroy());

  it('keeps conversations, leads, sites and visitor tokens across a restart', async () => {
    server = await startTestServer();
    const site = await addSite(server);
    const socket = connect(server.url, { siteKey: site.site.publicKey });
    await connected(socket);
    const session = await startSession(socket);
    await talkUntilPhoneAsked(socket);
    const leadEvent = waitForLead(socket);
    await say(socket, '312-667-9021');
    const { leadId } = await leadEvent;
    socket.close();

    server = await server.restart();

    const back = connect(server.url, { siteKey: site.site.publicKey, visitorId: session.visitorId, visitorToken: session.visitorToken });
    await connected(back);
    const resumed = await startSession(back);
    expect(resumed.conversationId).toBe(session.conversationId);
    expect(resumed.messages.some((m) => m.text === '312-667-9021')).toBe(true);
    back.close();
    const res = await fetch(`${server.url}/v1/leads/${leadId}`, { headers: { authorization: `Bearer ${site.secretKey}` } });
    const { lead } = (await res.json()) as { lead: Lead };
    expect(lead.contact.phone).toBe('+13126679021');
    expect(new Date(lead.consent.givenAt).getTime()).toBeGreaterThan(0);
  });
});
