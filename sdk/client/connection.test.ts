import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ErrorBody } from '../protocol/index.js';
import { createConnection, type ConnectionOptions, type LinkStatus } from './connection.js';
import { NO_CONNECTION, type OpenOutcome, type Transport, type TransportHooks, type TransportKind } from './transport.js';
import { SESSION } from './test/support/session-fixture.js';

const session: OpenOutcome = { kind: 'session', session: SESSION };
const unreachable: OpenOutcome = { kind: 'unreachable', reason: 'blocked' };
const refused = (error: ErrorBody): OpenOutcome => ({ kind: 'refused', error });

interface Opened {
  kind: TransportKind;
  hooks: TransportHooks;
  closed: boolean;
}

/** An `open` that never answers by itself, like a handshake through a black-holing network; `close()` abandons it. */
const HANG = 'hang';

/** Transports that answer `open` from a per-kind script of outcomes (the last one repeats). */
function setup(script: Record<TransportKind, Array<OpenOutcome | typeof HANG>>, overrides: Partial<ConnectionOptions> = {}) {
  const opened: Opened[] = [];
  const statuses: LinkStatus[] = [];
  const sessions: TransportKind[] = [];
  const errors: ErrorBody[] = [];
  const onInvalidToken = vi.fn();
  const connection = createConnection({
    order: ['socket', 'http'],
    createTransport: (kind, hooks) => {
      const record: Opened = { kind, hooks, closed: false };
      opened.push(record);
      const outcomes = script[kind];
      let abandon = () => {};
      const transport: Transport = {
        kind,
        open: async () => {
          const outcome = outcomes.length > 1 ? outcomes.shift()! : outcomes[0]!;
          if (outcome !== HANG) return outcome;
          return new Promise<OpenOutcome>((resolve) => (abandon = () => resolve(unreachable)));
        },
        send: async () => NO_CONNECTION,
        since: async () => NO_CONNECTION,
        pageView: async () => NO_CONNECTION,
        identify: async () => NO_CONNECTION,
        typing: () => {},
        close: () => {
          record.closed = true;
          abandon();
        },
      };
      return transport;
    },
    request: () => ({ auth: { siteKey: 'pk_test' }, session: { page: { url: 'https://dealer.example/' } } }),
    retry: { baseMs: 1000, maxMs: 8000, random: () => 1 },
    probe: { baseMs: 15000, maxMs: 60000, random: () => 1 },
    onSession: (_session, transport) => sessions.push(transport.kind),
    onStatus: (status) => statuses.push(status),
    onEvent: () => {},
    onGap: () => {},
    onError: (error) => errors.push(error),
    onInvalidToken,
    ...overrides,
  });
  return { connection, opened, statuses, sessions, errors, onInvalidToken };
}

describe('createConnection', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('falls back to HTTP when the socket cannot connect, and switches back when a probe gets through', async () => {
    const { connection, opened, statuses, sessions } = setup({ socket: [unreachable, unreachable, session], http: [session] });
    connection.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses).toEqual(['connecting', 'http']);
    expect(connection.active()?.kind).toBe('http');

    await vi.advanceTimersByTimeAsync(15000);
    expect(connection.active()?.kind).toBe('http');
    await vi.advanceTimersByTimeAsync(30000);
    expect(statuses.at(-1)).toBe('online');
    expect(sessions).toEqual(['http', 'socket']);
    expect(opened.filter((o) => o.kind === 'http').every((o) => o.closed)).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reports an origin refusal without trying HTTP or retrying', async () => {
    const { connection, opened, statuses, errors } = setup({ socket: [refused({ code: 'ORIGIN_NOT_ALLOWED', message: 'no' })], http: [session] });
    connection.start();
    await vi.advanceTimersByTimeAsync(60000);
    expect(opened.map((o) => o.kind)).toEqual(['socket']);
    expect(errors.map((e) => e.code)).toEqual(['ORIGIN_NOT_ALLOWED']);
    expect(statuses.at(-1)).toBe('idle');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('forgets a refused token and starts a fresh session at once', async () => {
    const { connection, onInvalidToken, sessions } = setup({ socket: [refused({ code: 'INVALID_TOKEN', message: 'bad' }), session], http: [session] });
    connection.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(onInvalidToken).toHaveBeenCalledOnce();
    expect(sessions).toEqual(['socket']);
  });

  it('waits the retryAfter of a rate limit', async () => {
    const { connection, sessions } = setup({ socket: [refused({ code: 'RATE_LIMITED', message: 'slow', retryAfter: 20 }), session], http: [session] });
    connection.start();
    await vi.advanceTimersByTimeAsync(19000);
    expect(sessions).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sessions).toEqual(['socket']);
  });

  it('keeps to the retryAfter of a rate limit when the tab or the network wakes it', async () => {
    const { connection, opened, sessions } = setup({ socket: [refused({ code: 'RATE_LIMITED', message: 'slow', retryAfter: 20 }), session], http: [session] });
    connection.start();
    await vi.advanceTimersByTimeAsync(5000);
    connection.wake();
    connection.setOffline(true);
    connection.setOffline(false);
    await vi.advanceTimersByTimeAsync(14999);
    expect(opened).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sessions).toEqual(['socket']);
  });

  it('retries with growing delays while nothing answers, and not at all while offline', async () => {
    const { connection, opened, statuses } = setup({ socket: [unreachable], http: [unreachable] });
    connection.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses).toEqual(['connecting', 'reconnecting']);
    expect(opened).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(opened).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(1999);
    expect(opened).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(1);
    expect(opened).toHaveLength(6);

    connection.setOffline(true);
    expect(vi.getTimerCount()).toBe(0);
    connection.stop();
  });

  it('reconnects at once when the active transport goes down', async () => {
    const { connection, opened, sessions, statuses } = setup({ socket: [session], http: [session] });
    connection.start();
    await vi.advanceTimersByTimeAsync(0);
    opened[0]!.hooks.onDown('transport close');
    expect(opened[0]!.closed).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(sessions).toEqual(['socket', 'socket']);
    expect(statuses).toEqual(['connecting', 'online', 'reconnecting', 'online']);
  });

  it('ignores events and failures of transports it no longer uses', async () => {
    const onEvent = vi.fn();
    const { connection, opened } = setup({ socket: [session], http: [session] }, { onEvent });
    connection.start();
    await vi.advanceTimersByTimeAsync(0);
    connection.stop();
    opened[0]!.hooks.onEvent({ name: 'typing', payload: { on: true } });
    opened[0]!.hooks.onDown('late');
    expect(onEvent).not.toHaveBeenCalled();
    expect(opened).toHaveLength(1);
  });

  it('closes an attempt still opening when stopped, so no socket outlives it', async () => {
    const { connection, opened, sessions } = setup({ socket: [HANG], http: [session] });
    connection.start();
    await vi.advanceTimersByTimeAsync(0);
    connection.stop();
    expect(opened.map((o) => [o.kind, o.closed])).toEqual([['socket', true]]);
    await vi.advanceTimersByTimeAsync(60000);
    expect(sessions).toEqual([]);
    expect(opened).toHaveLength(1);
  });

  it('closes a probe still opening when stopped', async () => {
    const { connection, opened } = setup({ socket: [unreachable, HANG], http: [session] });
    connection.start();
    await vi.advanceTimersByTimeAsync(15000);
    expect(opened.map((o) => o.kind)).toEqual(['socket', 'http', 'socket']);
    connection.stop();
    expect(opened.every((o) => o.closed)).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('runs one probe at a time when online and visible wake it together', async () => {
    const { connection, opened } = setup({ socket: [unreachable, HANG], http: [session] });
    connection.start();
    await vi.advanceTimersByTimeAsync(0);
    connection.wake();
    connection.wake();
    await vi.advanceTimersByTimeAsync(0);
    expect(opened.map((o) => o.kind)).toEqual(['socket', 'http', 'socket']);
    connection.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps one probe timer after overlapping probes fail', async () => {
    const { connection, opened } = setup({ socket: [unreachable], http: [session] });
    connection.start();
    await vi.advanceTimersByTimeAsync(0);
    connection.wake();
    connection.wake();
    await vi.advanceTimersByTimeAsync(0);
    expect(opened.filter((o) => o.kind === 'socket')).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(1);
    connection.stop();
  });
});
