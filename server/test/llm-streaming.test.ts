// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { MessageDelta, PostMessageResult, SessionStartResult } from '../../sdk/protocol/index.js';
import { PAGE, say } from './support/chat.js';
import { DEFAULT_REPLY, MODEL_ENV, useModelMock } from './support/openai-mock.js';
import { PAGE_ORIGIN, openVisitor, useTestSite } from './support/test-server.js';

describe('Cathy on a language model streams her replies', () => {
  const model = useModelMock();
  const t = useTestSite(MODEL_ENV);

  it('says so in /readyz', async () => {
    const ready = (await (await fetch(`${t.server.url}/readyz`)).json()) as { llm: { mode: string } };
    expect(ready.llm.mode).toBe('openai');
  });

  it('sends the deltas in order on the socket, then one message:done with the whole stored text', async () => {
    const pieces = ['Hi', ' there!', ' A used', ' SUV is', ' a great', ' choice.', ' Any', ' favourite', ' brand?'];
    model.queueReplies({ pieces, delayMs: 60 });
    const { socket, session } = await openVisitor(t);
    const received: MessageDelta[] = [];
    socket.on('message:delta', (delta) => received.push(delta));
    const { reply } = await say(socket, "I'm looking for a used SUV");

    // Pieces 60 ms apart outlast the 40 ms coalescing wait: each arrives as its own delta, in order.
    expect(received.map((d) => d.delta)).toEqual(pieces);
    expect(new Set(received.map((d) => d.messageId))).toEqual(new Set([reply.id]));
    expect(reply.text).toBe(pieces.join(''));

    const stored = await t.server.store.messages.latest(session.conversationId, 10);
    expect(stored.filter((m) => m.role === 'assistant').at(-1)?.text).toBe(pieces.join(''));
    socket.close();
  });

  it('coalesces a fast stream into fewer deltas, the first one at once', async () => {
    const pieces = 'Sure thing, we have several trucks on the lot right now and a specialist can walk you through them.'
      .split(/(?= )/);
    model.queueReplies({ pieces });
    const { socket } = await openVisitor(t);
    const { reply, deltas } = await say(socket, 'Do you have trucks?');
    expect(deltas[0]).toBe(pieces[0]);
    expect(deltas.length).toBeLessThan(pieces.length / 2);
    expect(deltas.join('')).toBe(reply.text);
    socket.close();
  });

  it('gives the whole reply over the HTTP fallback, and streams it with Accept: text/event-stream', async () => {
    const headers = { 'content-type': 'application/json', origin: PAGE_ORIGIN };
    const started = await fetch(`${t.server.url}/v1/sessions`, { method: 'POST', headers, body: JSON.stringify({ siteKey: t.site.site.publicKey, ...PAGE }) });
    const session = (await started.json()) as SessionStartResult;
    const url = `${t.server.url}/v1/conversations/${session.conversationId}/messages`;
    const auth = { ...headers, authorization: `Bearer ${session.visitorToken}` };

    const res = await fetch(url, { method: 'POST', headers: auth, body: JSON.stringify({ clientId: randomUUID(), text: 'hello' }) });
    const { reply } = (await res.json()) as Required<PostMessageResult>;
    expect(reply.text).toBe(DEFAULT_REPLY.join(''));

    model.queueReplies({ pieces: ['One', ' moment', ' please.'], delayMs: 60 });
    const streamed = await fetch(url, {
      method: 'POST',
      headers: { ...auth, accept: 'text/event-stream' },
      body: JSON.stringify({ clientId: randomUUID(), text: 'are you there?' }),
    });
    const body = await streamed.text();
    const deltas = [...body.matchAll(/event: message:delta\ndata: (.*)\n/g)].map((m) => (JSON.parse(m[1] as string) as MessageDelta).delta);
    expect(deltas).toEqual(['One', ' moment', ' please.']);
    expect(body).toContain('"text":"One moment please."');
  });
});
