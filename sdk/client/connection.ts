import { FINAL_ERROR_CODES, type ErrorBody, type SessionStartResult } from '../protocol/index.js';
import { backoffDelay, type BackoffOptions } from '../common/backoff.js';
import type { OpenRequest, ServerEvent, Transport, TransportFactory, TransportKind } from './transport.js';

export type LinkStatus = 'idle' | 'connecting' | 'online' | 'http' | 'reconnecting';

export interface ConnectionOptions {
  /** Transports to try, in order; the first is the preferred one, probed for while on another. */
  order: readonly TransportKind[];
  createTransport: TransportFactory;
  /** Read at every attempt: the token and the page change over time. */
  request(): OpenRequest;
  retry: BackoffOptions;
  probe: BackoffOptions;
  onSession(session: SessionStartResult, transport: Transport): void;
  onStatus(status: LinkStatus): void;
  onEvent(event: ServerEvent): void;
  /** The transport carrying the conversation may have missed pushes: fill the gap. */
  onGap(transport: Transport): void;
  onError(error: ErrorBody): void;
  /** The server no longer accepts the stored token: forget it before the next attempt. */
  onInvalidToken(): void;
}

export interface Connection {
  start(): void;
  /** The transport carrying the conversation, or null while down. */
  active(): Transport | null;
  /** Something suggests the network is back: reconnect now if down, try the preferred transport now if on another. */
  wake(): void;
  /** Drops the current transport and starts a new session, e.g. when the server lost ours. */
  restart(): void;
  /** While offline no retry timer runs; `setOffline(false)` wakes. */
  setOffline(offline: boolean): void;
  stop(): void;
}

const FATAL = new Set<ErrorBody['code']>(FINAL_ERROR_CODES);

/**
 * The connection state machine. Tries the transports in order; a transport that cannot be reached
 * passes to the next, a refusal is reported (and retried only when waiting can help). While on a
 * fallback it probes the preferred transport with backoff and switches back when it answers.
 * Timers run only while down or on a fallback.
 */
export function createConnection(options: ConnectionOptions): Connection {
  let current: Transport | null = null;
  let attempt = 0;
  let probeAttempt = 0;
  let generation = 0;
  let connecting = false;
  let everUp = false;
  let fatal = false;
  let offline = false;
  let stopped = true;
  let probing = false;
  // Until when the server asked us not to come back (RATE_LIMITED's retryAfter): waking must not jump it.
  let notBefore = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let probeTimer: ReturnType<typeof setTimeout> | undefined;
  // Attempts still opening: stop() must close them too, or a socket outlives destroy() and starts a session.
  const opening = new Set<Transport>();

  const create = (kind: TransportKind): Transport => {
    const transport: Transport = options.createTransport(kind, {
      onEvent: (event) => current === transport && options.onEvent(event),
      onGap: () => current === transport && options.onGap(transport),
      onError: (error) => current === transport && options.onError(error),
      onDown: () => {
        if (current !== transport) return;
        current = null;
        transport.close();
        clearTimeout(probeTimer);
        connect();
      },
    });
    return transport;
  };

  const open = async (kind: TransportKind) => {
    const transport = create(kind);
    opening.add(transport);
    const outcome = await transport.open(options.request());
    opening.delete(transport);
    return { transport, outcome };
  };

  const adopt = (transport: Transport, session: SessionStartResult) => {
    const previous = current;
    current = transport;
    attempt = 0;
    everUp = true;
    previous?.close();
    options.onStatus(transport.kind === 'socket' ? 'online' : 'http');
    options.onSession(session, transport);
    clearTimeout(probeTimer);
    probeAttempt = 0;
    if (transport.kind !== options.order[0]) scheduleProbe();
  };

  const refused = (error: ErrorBody) => {
    if (FATAL.has(error.code)) {
      fatal = true;
      options.onStatus('idle');
      options.onError(error);
    } else if (error.code === 'INVALID_TOKEN') {
      options.onInvalidToken();
      // A fresh visitor needs no token, so this cannot loop; the backoff guards it anyway.
      schedule(attempt++ === 0 ? 0 : backoffDelay(attempt, options.retry));
    } else if (error.code === 'RATE_LIMITED') {
      const wait = Math.max(1, error.retryAfter ?? 1) * 1000;
      notBefore = Date.now() + wait;
      schedule(wait);
    } else {
      schedule(backoffDelay(attempt++, options.retry));
    }
  };

  function connect(): void {
    if (stopped || fatal || connecting || current) return;
    clearTimeout(retryTimer);
    connecting = true;
    const mine = ++generation;
    options.onStatus(everUp || attempt > 0 ? 'reconnecting' : 'connecting');
    void (async () => {
      for (const kind of options.order) {
        const { transport, outcome } = await open(kind);
        if (mine !== generation) return transport.close();
        if (outcome.kind === 'session') {
          connecting = false;
          return adopt(transport, outcome.session);
        }
        transport.close();
        if (outcome.kind === 'refused') {
          connecting = false;
          return refused(outcome.error);
        }
      }
      connecting = false;
      schedule(backoffDelay(attempt++, options.retry));
    })();
  }

  function schedule(delay: number): void {
    options.onStatus(fatal ? 'idle' : 'reconnecting');
    clearTimeout(retryTimer);
    if (!offline && !stopped) retryTimer = setTimeout(connect, delay);
  }

  function scheduleProbe(): void {
    clearTimeout(probeTimer);
    if (offline || stopped) return;
    probeTimer = setTimeout(probe, backoffDelay(probeAttempt++, options.probe));
  }

  async function probe(): Promise<void> {
    const from = current;
    const preferred = options.order[0];
    // One probe at a time: `online` and `visibilitychange` both wake, and each probe would start its own timer chain.
    if (probing || !from || !preferred || from.kind === preferred) return;
    probing = true;
    const { transport, outcome } = await open(preferred);
    probing = false;
    if (current !== from || stopped) return transport.close();
    if (outcome.kind === 'session') return adopt(transport, outcome.session);
    transport.close();
    scheduleProbe();
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      connect();
    },
    active: () => current,
    wake() {
      if (stopped || fatal || offline) return;
      if (!current) {
        const wait = notBefore - Date.now();
        if (wait > 0) return schedule(wait);
        attempt = 0;
        return connect();
      }
      if (current.kind !== options.order[0]) {
        clearTimeout(probeTimer);
        probeAttempt = 0;
        void probe();
      }
    },
    restart() {
      const previous = current;
      current = null;
      previous?.close();
      clearTimeout(probeTimer);
      connect();
    },
    setOffline(value) {
      offline = value;
      if (!value) return this.wake();
      clearTimeout(retryTimer);
      clearTimeout(probeTimer);
    },
    stop() {
      stopped = true;
      generation++;
      connecting = false;
      clearTimeout(retryTimer);
      clearTimeout(probeTimer);
      for (const transport of [current, ...opening]) transport?.close();
      current = null;
    },
  };
}
