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
import { readEventStream } from './event-stream.js';
import { NO_CONNECTION, SERVER_EVENTS, type SendResult, type ServerEvent, type Transport, type TransportHooks } from './transport.js';

export interface HttpTransportOptions {
  serverUrl: string;
  /** How long to wait for response headers, and for a streamed reply's first event (the reply may then take longer). */
  timeoutMs: number;
  fetch?: typeof fetch;
}

type Answer = { response: Response; release: () => void; abort: () => void } | { failed: string };

const NO_SESSION: ErrorResponse = { error: { code: 'SESSION_REQUIRED', message: 'Start a session first.' } };

/**
 * The plain-HTTP fallback (README, wire contract) for networks that block Socket.IO: the same requests as
 * the socket events, and a visitor message's reply streamed back as server-sent events.
 */
export function createHttpTransport(options: HttpTransportOptions, hooks: TransportHooks): Transport {
  const base = options.serverUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const inFlight = new Set<AbortController>();
  let token: string | undefined;
  let conversation: string | undefined;
  let closed = false;

  async function call(method: 'GET' | 'POST', path: string, body?: unknown, accept = 'application/json'): Promise<Answer> {
    const controller = new AbortController();
    inFlight.add(controller);
    const release = () => inFlight.delete(controller);
    const timer = setTimeout(() => controller.abort(), options.timeoutMs);
    const headers: Record<string, string> = { accept };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
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
        } else if (name === 'error' && isErrorResponse(data)) hooks.onError(data.error);
        else if ((SERVER_EVENTS as readonly string[]).includes(name)) hooks.onEvent({ name, payload: data } as ServerEvent);
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
      return { kind: 'session', session: result.value };
    },
    async send(payload) {
      if (!conversation) return NO_SESSION;
      const answer = await call('POST', `/v1/conversations/${conversation}/messages`, payload, 'text/event-stream, application/json');
      if (!('failed' in answer) && answer.response.ok && answer.response.body && answer.response.headers.get('content-type')?.includes('text/event-stream')) {
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
    close() {
      closed = true;
      for (const controller of inFlight) controller.abort();
      inFlight.clear();
    },
  };
}
