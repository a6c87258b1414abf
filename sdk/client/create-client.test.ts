import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatMessage, SessionStartResult } from '../protocol/index.js';
import { createClientWith } from './create-client.js';
import { NO_CONNECTION, type SendResult, type Transport, type TransportHooks } from './transport.js';
import { SESSION } from './test/support/session-fixture.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Transports that open at once and whose sends a test answers by hand, through `sends`. */
function scripted(answers: { since?: () => ChatMessage[]; session?: SessionStartResult }) {
  const opened: Array<{ hooks: TransportHooks; sends: Array<(result: Awaited<ReturnType<Transport['send']>>) => void>; typing: boolean[] }> = [];
  const createTransport = (kind: Transport['kind'], hooks: TransportHooks): Transport => {
    const record: (typeof opened)[number] = { hooks, sends: [], typing: [] };
    opened.push(record);
    return {
      kind,
      open: async () => ({ kind: 'session', session: answers.session ?? SESSION }),
      send: () => new Promise((resolve) => record.sends.push(resolve)),
      since: async () => ({ messages: answers.since?.() ?? [], hasMore: false }),
      pageView: async () => ({ ok: true }),
      identify: async () => ({ verified: false }),
      typing: (on) => void record.typing.push(on),
      close: () => {},
    };
  };
  return { opened, createTransport };
}

const OPTIONS = { siteKey: 'pk_test', serverUrl: 'https://chat.example', persistence: 'memory', page: { url: 'https://dealer.example/' } } as const;
const DANA = { name: 'Dana', dealer: 'Test Motors', at: '2026-12-07T01:00:00.000Z' };

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

  describe('sendTyping', () => {
    afterEach(() => vi.useRealTimers());

    it('says "typing" at most every 3 s while keys come, "stopped" after 4 s without one or on send, and nothing while Cathy answers', async () => {
      vi.useFakeTimers();
      const { opened, createTransport } = scripted({ session: { ...SESSION, agent: DANA } });
      const client = createClientWith(OPTIONS, { window: null, createTransport });
      await client.start();
      const said = opened[0]!.typing;

      for (let i = 0; i < 6; i++) {
        client.sendTyping(true);
        await vi.advanceTimersByTimeAsync(1_000);
      }
      expect(said).toEqual([true, true]);
      // The last key was 1 s ago.
      await vi.advanceTimersByTimeAsync(2_999);
      expect(said).toEqual([true, true]);
      await vi.advanceTimersByTimeAsync(1);
      expect(said).toEqual([true, true, false]);

      client.sendTyping(true);
      client.send('Can I come by at 5?');
      expect(said).toEqual([true, true, false, true, false]);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(said).toHaveLength(5);

      opened[0]!.hooks.onEvent({ name: 'agent:left', payload: { name: 'Dana', at: '2026-12-07T01:05:00.000Z' } });
      client.sendTyping(true);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(said).toHaveLength(5);
      client.destroy();
      expect(vi.getTimerCount()).toBe(0);
    });
  });

  it('shows the person who holds the chat when a reconnect finds one, and Cathy again when the next finds them gone', async () => {
    let session: SessionStartResult = { ...SESSION, agent: DANA };
    const { opened, createTransport } = scripted({});
    const client = createClientWith(OPTIONS, {
      window: null,
      createTransport: (kind, hooks) => Object.assign(createTransport(kind, hooks), { open: async () => ({ kind: 'session' as const, session }) }),
    });
    const kinds: string[] = [];
    client.on('agent', (event) => kinds.push(event.kind));
    await client.start();
    expect(client.snapshot().agent).toEqual(DANA);
    session = SESSION;
    opened[0]!.hooks.onDown('transport close');
    await tick();
    expect(client.snapshot().agent).toBeUndefined();
    expect(kinds).toEqual(['joined', 'left']);
    client.destroy();
  });
});
