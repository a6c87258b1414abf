import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ChatMessage, MessageSendResult, MessagesSinceResult, PostMessageResult } from '../../sdk/protocol/index.js';
import { ok, request, say, startSession } from './support/chat.js';
import { connect, connected, PAGE_ORIGIN, useTestSite, openVisitor } from './support/test-server.js';

describe('idempotent sends and resuming after a disconnect', () => {
  const t = useTestSite();

  it('stores one message for a resend with the same clientId, over socket and HTTP', async () => {
    const { socket, session } = await openVisitor(t);
    const clientId = randomUUID();
    const first = await say(socket, 'Do you have a used Tacoma?', clientId);
    const again = await ok(request<MessageSendResult>(socket, 'message:send', { clientId, text: 'Do you have a used Tacoma?' }));
    expect(again.message.id).toBe(first.message.id);

    const http = await fetch(`${t.server.url}/v1/conversations/${session.conversationId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: PAGE_ORIGIN, authorization: `Bearer ${session.visitorToken}` },
      body: JSON.stringify({ clientId, text: 'Do you have a used Tacoma?' }),
    });
    const body = (await http.json()) as Required<PostMessageResult>;
    expect(body.message.id).toBe(first.message.id);
    expect(body.reply.id).toBe(first.reply.id);

    const { messages } = await ok(request<MessagesSinceResult>(socket, 'messages:since', {}));
    expect(messages.filter((m) => m.clientId === clientId)).toHaveLength(1);
    expect(messages.filter((m) => m.replyTo === first.message.id)).toHaveLength(1);
    socket.close();
  });

  it('returns what a reconnecting visitor missed with messages:since', async () => {
    const { socket, session } = await openVisitor(t);
    const seen = await say(socket, 'Hi there');
    socket.close();

    // While the socket is gone, another tab of the same visitor keeps talking over HTTP.
    const res = await fetch(`${t.server.url}/v1/conversations/${session.conversationId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: PAGE_ORIGIN, authorization: `Bearer ${session.visitorToken}` },
      body: JSON.stringify({ clientId: randomUUID(), text: 'I am looking for a minivan' }),
    });
    const missed = (await res.json()) as Required<PostMessageResult>;

    const back = connect(t.server.url, { siteKey: t.site.site.publicKey, visitorId: session.visitorId, visitorToken: session.visitorToken });
    await connected(back);
    const resumed = await startSession(back);
    expect(resumed.conversationId).toBe(session.conversationId);
    expect(resumed.visitorId).toBe(session.visitorId);
    const since = await ok(request<MessagesSinceResult>(back, 'messages:since', { after: seen.reply.id }));
    expect(since.messages.map((m: ChatMessage) => m.id)).toEqual([missed.message.id, missed.reply.id]);
    expect(since.hasMore).toBe(false);
    const unknown = await request(back, 'messages:since', { after: randomUUID() });
    expect(unknown).toMatchObject({ error: { code: 'NOT_FOUND' } });
    back.close();
  });

  it('pages history with a bounded size', async () => {
    const { socket } = await openVisitor(t);
    await say(socket, 'one');
    await say(socket, 'two');
    const page = await ok(request<MessagesSinceResult>(socket, 'messages:since', { limit: 2 }));
    expect(page.messages).toHaveLength(2);
    expect(page.hasMore).toBe(true);
    const tooBig = await request(socket, 'messages:since', { limit: 1000 });
    expect(tooBig).toMatchObject({ error: { code: 'VALIDATION_ERROR' } });
    socket.close();
  });

  it('reads from the start for an empty after, over HTTP (?after=) and socket (after: null)', async () => {
    const { socket, session } = await openVisitor(t);
    await say(socket, 'Hi there');
    const all = await ok(request<MessagesSinceResult>(socket, 'messages:since', {}));
    const viaNull = await ok(request<MessagesSinceResult>(socket, 'messages:since', { after: null }));
    expect(viaNull.messages.map((m) => m.id)).toEqual(all.messages.map((m) => m.id));
    const res = await fetch(`${t.server.url}/v1/conversations/${session.conversationId}/messages?after=`, {
      headers: { origin: PAGE_ORIGIN, authorization: `Bearer ${session.visitorToken}` },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as MessagesSinceResult;
    expect(body.messages.map((m) => m.id)).toEqual(all.messages.map((m) => m.id));
    const bad = await request(socket, 'messages:since', { after: 'not an id!' });
    expect(bad).toMatchObject({ error: { code: 'VALIDATION_ERROR' } });
    socket.close();
  });
});
