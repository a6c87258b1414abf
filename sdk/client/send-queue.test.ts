import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AckResult, ChatMessage, ErrorBody, MessageSendPayload } from '../protocol/index.js';
import type { PersistedText } from './persistence.js';
import { createSendQueue, type SendQueueOptions } from './send-queue.js';
import { NO_CONNECTION, type SendResult, type Transport } from './transport.js';
import type { PendingMessage } from './types.js';

const stored = (payload: MessageSendPayload): ChatMessage => ({
  id: `m-${payload.clientId}`,
  conversationId: 'c1',
  role: 'visitor',
  text: payload.text,
  createdAt: '2026-01-01T00:00:00.000Z',
  clientId: payload.clientId,
});
const failure = (code: ErrorBody['code'], retryAfter?: number) => ({ error: { code, message: code, ...(retryAfter ? { retryAfter } : {}) } });

/** A queue over a transport whose answers a test scripts per call (default: the server stores it). */
function setup(answers: Array<AckResult<SendResult>> = [], overrides: Partial<SendQueueOptions> = {}) {
  const sent: MessageSendPayload[] = [];
  let up = true;
  const transport = {
    kind: 'socket',
    send: async (payload: MessageSendPayload) => {
      sent.push(payload);
      return answers.shift() ?? { message: stored(payload) };
    },
  } as Transport;
  const confirmed: ChatMessage[] = [];
  const failed: ErrorBody[] = [];
  const persisted: PersistedText[][] = [];
  let pending: PendingMessage[] = [];
  const queue = createSendQueue({
    transport: () => (up ? transport : null),
    onChange: (next) => (pending = next),
    onConfirmed: ({ message }) => confirmed.push(message),
    onFailed: (error) => failed.push(error),
    onSessionLost: vi.fn(),
    persist: (items) => persisted.push(items),
    backoff: { baseMs: 1000, maxMs: 10000, random: () => 1 },
    maxAttempts: 3,
    ...overrides,
  });
  return { queue, sent, confirmed, failed, persisted, pending: () => pending, setUp: (value: boolean) => (up = value) };
}

describe('createSendQueue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds messages while down and sends them in order, one at a time, when a transport is up', async () => {
    const { queue, sent, confirmed, pending, setUp, persisted } = setup();
    setUp(false);
    const a = queue.add('first');
    const b = queue.add('second');
    expect(pending().map((p) => p.status)).toEqual(['queued', 'queued']);
    expect(persisted.at(-1)?.map((p) => p.text)).toEqual(['first', 'second']);
    setUp(true);
    queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((p) => p.clientId)).toEqual([a.clientId, b.clientId]);
    expect(confirmed.map((m) => m.clientId)).toEqual([a.clientId, b.clientId]);
    expect(pending()).toEqual([]);
    expect(persisted.at(-1)).toEqual([]);
  });

  it('resends with the same clientId after a lost connection', async () => {
    const { queue, sent, confirmed } = setup([NO_CONNECTION]);
    const a = queue.add('hello');
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((p) => p.clientId)).toEqual([a.clientId, a.clientId]);
    expect(confirmed).toHaveLength(1);
  });

  it('waits out a rate limit before resending, holding later messages behind it', async () => {
    const { queue, sent } = setup([failure('RATE_LIMITED', 5)]);
    queue.add('one');
    queue.add('two');
    await vi.advanceTimersByTimeAsync(4999);
    expect(sent.map((p) => p.text)).toEqual(['one']);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.map((p) => p.text)).toEqual(['one', 'one', 'two']);
  });

  it('retries server errors with backoff, then marks the message failed until retry()', async () => {
    const { queue, sent, failed, pending, confirmed } = setup([failure('INTERNAL_ERROR'), failure('INTERNAL_ERROR'), failure('INTERNAL_ERROR')]);
    const a = queue.add('hello');
    await vi.advanceTimersByTimeAsync(1000 + 2000);
    expect(sent).toHaveLength(3);
    expect(pending()).toMatchObject([{ clientId: a.clientId, status: 'failed', error: { code: 'INTERNAL_ERROR' } }]);
    expect(failed).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(60000);
    expect(sent).toHaveLength(3);

    queue.retry(a.clientId);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.at(-1)?.clientId).toBe(a.clientId);
    expect(confirmed).toHaveLength(1);
    expect(pending()).toEqual([]);
  });

  it('fails at once on an error a resend cannot fix', async () => {
    const { queue, sent, pending } = setup([failure('VALIDATION_ERROR')]);
    queue.add('hello');
    await vi.advanceTimersByTimeAsync(10000);
    expect(sent).toHaveLength(1);
    expect(pending()[0]?.status).toBe('failed');
  });

  it('drops entries the server already has and restores saved ones first', async () => {
    const { queue, sent, pending, setUp } = setup();
    setUp(false);
    const typed = queue.add('typed now');
    queue.restore([{ clientId: 'saved-1', text: 'typed before the reload', createdAt: '2026-01-01T00:00:00.000Z' }]);
    expect(pending().map((p) => p.clientId)).toEqual(['saved-1', typed.clientId]);
    queue.confirm([stored({ clientId: 'saved-1', text: 'typed before the reload' })]);
    expect(pending().map((p) => p.clientId)).toEqual([typed.clientId]);
    setUp(true);
    queue.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((p) => p.clientId)).toEqual([typed.clientId]);
  });

  it('asks for a new session when the server lost ours', async () => {
    const onSessionLost = vi.fn();
    const { queue, confirmed } = setup([failure('SESSION_REQUIRED')], { onSessionLost });
    queue.add('hello');
    await vi.advanceTimersByTimeAsync(0);
    expect(onSessionLost).toHaveBeenCalledOnce();
    expect(confirmed).toHaveLength(1);
  });
});
