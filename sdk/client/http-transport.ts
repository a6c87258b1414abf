import {
  isErrorResponse,
  type AckResult,
  type ErrorResponse,
  type MessageSendResult,
  type MessagesSinceResult,
  type OkResult,
  type IdentifyResult,
  type PostMessageResult,
  type SessionStartResult,
} from '../protocol/index.js';
import type { BackoffOptions } from '../common/backoff.js';
import { readEventStream } from './event-stream.js';
import { followEvents, type OpenStream } from './follow-events.js';
import { NO_CONNECTION, SERVER_EVENTS, type SendResult, type ServerEvent, type Transport, type TransportHooks } from './transport.js';

export interface HttpTransportOptions {
  serverUrl: string;
  /** How long to wait for response headers, and for a streamed reply's first event (the reply may then take longer). */
  timeoutMs: number;
  /** Asking for the events stream again after it was cut. */
  retry: BackoffOptions;
  fetch?: typeof fetch;
}

type Answer = { response: Response; release: () => void; abort: () => void } | { failed: string };

const isEventStream = (response: Response) => Boolean(response.headers.get('content-type')?.includes('text/event-stream'));

const NO_SESSION: ErrorResponse = { error: { code: 'SESSION_REQUIRED', message: 'Start a session first.' } };

/**
 * The plain-HTTP fallback (README, wire contract) for networks that block Socket.IO: the same requests as
 * the socket events, and the conversation's events as server-sent events on one stream kept open while the
 * session is (`GET /v1/conversations/:id/events`). Messages are then posted with `Prefer: return=minimal`, so
 * each event comes once, on that stream. A server without that stream streams each message's reply back on
 * its own `POST` instead.
 */
export function createHttpTransport(options: HttpTransportOptions, hooks: TransportHooks): Transport {
  const base = options.serverUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const inFlight = new Set<AbortController>();
  let token: string | undefined;
  let conversation: string | undefined;
  let closed = false;
  let live = false;
  let stopFollowing: (() => void) | undefined;

  async function call(method: 'GET' | 'POST', path: string, body?: unknown, accept = 'application/json', prefer?: string): Promise<Answer> {
    const controller = new AbortController();
    inFlight.add(controller);
    const release = () => inFlight.delete(controller);
    const timer = setTimeout(() => controller.abort(), options.timeoutMs);
    const headers: Record<string, string> = { accept };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    if (prefer) headers.prefer = prefer;
    try {
      const init: RequestInit = { method, headers, signal: controller.signal, credentials: 'omit' };
      if (body !== undefined) init.body = JSON.stringify(body);
      return { response: await doFetch(`${base}${path}`, init), release, abort: () => controller.abort() };
    } catch (error) {
      release();
      return { failed: error instanceof Error ? error.message : 'network error' };
    } finally {
      clearTimeout(timer);
    }
  }

  /** The server's JSON answer, or why there is none (network, or a proxy's error page answered). */
  async function json<T>(answer: Answer): Promise<{ value: AckResult<T> } | { failure: string }> {
    if ('failed' in answer) return { failure: answer.failed };
    try {
      const body = (await answer.response.json()) as unknown;
      if (isErrorResponse(body)) return { value: body };
      if (answer.response.ok && typeof body === 'object' && body !== null) return { value: body as T };
    } catch {
      // Not JSON: not our server.
    } finally {
      answer.release();
    }
    return { failure: `unexpected HTTP ${answer.response.status}` };
  }

  /** A failed request on an open session means the server is gone: report it, answer NO_CONNECTION. */
  function orDown<T>(result: { value: AckResult<T> } | { failure: string }): AckResult<T> {
    if ('value' in result) return result.value;
    if (!closed) hooks.onDown(result.failure);
    return NO_CONNECTION;
  }

  async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<AckResult<T>> {
    if (!conversation) return NO_SESSION;
    return orDown(await json<T>(await call(method, `/v1/conversations/${conversation}${path}`, body)));
  }

  /** The conversation's events stream, or why there is none: the network failed, or the server has no such stream. */
  async function eventsStream(): Promise<OpenStream | string> {
    const answer = await call('GET', `/v1/conversations/${conversation}/events`, undefined, 'text/event-stream');
    if ('failed' in answer) return answer.failed;
    const { response, release } = answer;
    if (response.ok && response.body && isEventStream(response)) return { body: response.body, release };
    release();
    return `answered HTTP ${response.status}`;
  }

  const pushed = (name: string, data: unknown) => {
    if (name === 'error' && isErrorResponse(data)) hooks.onError(data.error);
    else if ((SERVER_EVENTS as readonly string[]).includes(name)) hooks.onEvent({ name, payload: data } as ServerEvent);
  };

  function streamReply(answer: { response: Response; release: () => void; abort: () => void }): Promise<AckResult<SendResult>> {
    return new Promise((resolve) => {
      let confirmed = false;
      // The server confirms the message first thing; a stream stalled before that would hold the send queue.
      const stalled = setTimeout(answer.abort, options.timeoutMs);
      const onEvent = (name: string, data: unknown) => {
        if (name === 'message' && !confirmed) {
          confirmed = true;
          clearTimeout(stalled);
          resolve(data as MessageSendResult);
        } else pushed(name, data);
      };
      const ended = (reason: string) => {
        clearTimeout(stalled);
        answer.release();
        if (confirmed && reason === 'end') return;
        // Cut mid-reply: the reconnect's `messages:since` brings the reply.
        if (!closed) hooks.onDown(`reply stream ${reason}`);
        resolve(NO_CONNECTION);
      };
      readEventStream(answer.response.body!, onEvent).then(
        () => ended('end'),
        () => ended('broke'),
      );
    });
  }

  return {
    kind: 'http',
    async open({ auth, session }) {
      token = auth.visitorToken;
      const body = { siteKey: auth.siteKey, ...(auth.visitorId ? { visitorId: auth.visitorId } : {}), ...session };
      const result = await json<SessionStartResult>(await call('POST', '/v1/sessions', body));
      if ('failure' in result) return { kind: 'unreachable', reason: result.failure };
      if (isErrorResponse(result.value)) return { kind: 'refused', error: result.value.error };
      token = result.value.visitorToken;
      conversation = result.value.conversationId;
      // The session just answered, so a stream that fails is most likely one this server does not have (a browser
      // reports its 404 without CORS headers as a network failure): each reply then streams on its own POST.
      const events = await eventsStream();
      if (typeof events !== 'string') {
        live = true;
        // Read from the next task: the connection adopts this transport first, and drops pushes from one it has not.
        setTimeout(() => {
          if (closed) return events.release();
          stopFollowing = followEvents(events, {
            reconnect: eventsStream,
            retry: options.retry,
            onEvent: pushed,
            onGap: () => hooks.onGap(),
            onDown: (reason) => closed || hooks.onDown(reason),
          });
        });
      }
      return { kind: 'session', session: result.value };
    },
    async send(payload) {
      if (!conversation) return NO_SESSION;
      const path = `/v1/conversations/${conversation}/messages`;
      // The reply comes on the events stream; while it is cut, the gap fill when it is back brings it.
      if (live) return orDown(await json<PostMessageResult>(await call('POST', path, payload, 'application/json', 'return=minimal')));
      const answer = await call('POST', path, payload, 'text/event-stream, application/json');
      if (!('failed' in answer) && answer.response.ok && answer.response.body && isEventStream(answer.response)) {
        return streamReply(answer);
      }
      return orDown(await json<PostMessageResult>(answer));
    },
    since: ({ after, limit }) => {
      const query = new URLSearchParams();
      if (after) query.set('after', after);
      if (limit) query.set('limit', String(limit));
      return request<MessagesSinceResult>('GET', `/messages?${query}`);
    },
    pageView: (page) => request<OkResult>('POST', '/page-views', page),
    identify: (payload) => request<IdentifyResult>('POST', '/identify', payload),
    typing(on) {
      // A server without the events stream has no typing route either.
      if (live) void request<OkResult>('POST', '/typing', { on });
    },
    close() {
      closed = true;
      stopFollowing?.();
      for (const controller of inFlight) controller.abort();
      inFlight.clear();
    },
  };
}
