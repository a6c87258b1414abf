import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../protocol/index.js';
import { createClientWith } from './create-client.js';
import { NO_CONNECTION, type SendResult, type Transport, type TransportHooks } from './transport.js';
import { SESSION } from './test/support/session-fixture.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Transports that open at once and whose sends a test answers by hand, through `sends`. */
function scripted(answers: { since?: () => ChatMessage[] }) {
  const opened: Array<{ hooks: TransportHooks; sends: Array<(result: Awaited<ReturnType<Transport['send']>>) => void> }> = [];
  const createTransport = (kind: Transport['kind'], hooks: TransportHooks): Transport => {
    const record: (typeof opened)[number] = { hooks, sends: [] };
    opened.push(record);
    return {
      kind,
      open: async () => ({ kind: 'session', session: SESSION }),
      send: () => new Promise((resolve) => record.sends.push(resolve)),
      since: async () => ({ messages: answers.since?.() ?? [], hasMore: false }),
      pageView: async () => ({ ok: true }),
      identify: async () => ({ verified: false }),
      close: () => {},
    };
  };
  return { opened, createTransport };
}

describe('createClientWith', () => {
  it('stops showing a message as pending once a gap fill brings it, and still shows the reply its send returns', async () => {
    let visitorLine: ChatMessage | undefined;
    const { opened, createTransport } = scripted({ since: () => (visitorLine ? [visitorLine] : []) });
    const client = createClientWith(
      { siteKey: 'pk_test', serverUrl: 'https://chat.example', persistence: 'memory', page: { url: 'https://dealer.example/' } },
      { window: null, createTransport },
    );
    await client.start();
    const pending = client.send('Is the Civic still here?');
    await tick();
    visitorLine = { id: 'm1', conversationId: 'c1', role: 'visitor', text: pending.text, createdAt: pending.createdAt, clientId: pending.clientId };
    const reply: ChatMessage = { id: 'm2', conversationId: 'c1', role: 'assistant', text: 'It is.', createdAt: pending.createdAt, replyTo: 'm1' };

    // The server stored it, but the connection drops before the ack; the reconnect resends it and fills the gap.
    opened[0]!.hooks.onDown('transport close');
    opened[0]!.sends[0]!(NO_CONNECTION);
    await tick();
    expect(opened[1]!.sends).toHaveLength(1);
    expect(client.snapshot().messages.map((m) => m.id)).toEqual(['m1']);
    expect(client.snapshot().pending).toEqual([]);

    const answer: SendResult = { message: visitorLine, reply };
    opened[1]!.sends[0]!(answer);
    await tick();
    expect(client.snapshot().messages.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(client.snapshot().pending).toEqual([]);
    client.destroy();
  });
});
