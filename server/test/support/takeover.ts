import { randomUUID } from 'node:crypto';
import { io as connectSocket, type Socket } from 'socket.io-client';
import type { ChatMessage, StaffClientToServerEvents, StaffServerToClientEvents } from '../../../sdk/protocol/index.js';
import { readEventStream } from '../../../sdk/client/event-stream.js';
import { staffFetch, type StaffAuth } from './staff.js';
import { PAGE_ORIGIN } from './test-server.js';

export type StaffClient = Socket<StaffServerToClientEvents, StaffClientToServerEvents>;

/** The workspace's socket for a signed-in person; `origin` must be PUBLIC_URL's. */
export async function connectStaff(url: string, auth: Pick<StaffAuth, 'cookie'>, origin: string): Promise<StaffClient> {
  const socket: StaffClient = connectSocket(`${url}/v1/staff`, {
    extraHeaders: { origin, cookie: auth.cookie },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

export const takeover = (url: string, auth: StaffAuth, conversationId: string, body: unknown = {}) =>
  staffFetch(url, auth, `/v1/staff/conversations/${conversationId}/takeover`, { method: 'POST', body });

export const handback = (url: string, auth: StaffAuth, conversationId: string, body: unknown = {}) =>
  staffFetch(url, auth, `/v1/staff/conversations/${conversationId}/handback`, { method: 'POST', body });

export const agentSays = (url: string, auth: StaffAuth, conversationId: string, text: string, clientId: string = randomUUID()) =>
  staffFetch(url, auth, `/v1/staff/conversations/${conversationId}/messages`, { method: 'POST', body: { clientId, text } });

/** Every event a shopper's socket or events stream gets, in order, with a wait for the next one matching. */
export interface EventLog {
  events: Array<{ name: string; data: unknown }>;
  waitFor(name: string, match?: (data: never) => boolean, timeoutMs?: number): Promise<unknown>;
}

export function eventLog(): EventLog & { push(name: string, data: unknown): void } {
  const events: Array<{ name: string; data: unknown }> = [];
  const waiting = new Set<() => void>();
  return {
    events,
    push(name, data) {
      events.push({ name, data });
      for (const check of [...waiting]) check();
    },
    waitFor(name, match = () => true, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find((event) => event.name === name && match(event.data as never));
          if (!found) return;
          waiting.delete(check);
          clearTimeout(timer);
          resolve(found.data);
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`no ${name} within ${timeoutMs} ms; got ${events.map((e) => e.name).join(', ')}`));
        }, timeoutMs);
        waiting.add(check);
        check();
      });
    },
  };
}

/** Records every event of a shopper's socket. */
export function recordSocket(socket: { onAny(listener: (name: string, ...args: unknown[]) => void): unknown }): EventLog {
  const log = eventLog();
  socket.onAny((name, data) => log.push(name, data));
  return log;
}

/** A shopper on the HTTP fallback: `GET …/events` open, every event recorded; `close` ends the stream. */
export async function openEventsStream(url: string, conversationId: string, visitorToken: string): Promise<EventLog & { close(): void; response: Response }> {
  const log = eventLog();
  const controller = new AbortController();
  const response = await fetch(`${url}/v1/conversations/${conversationId}/events`, {
    headers: { origin: PAGE_ORIGIN, authorization: `Bearer ${visitorToken}`, accept: 'text/event-stream' },
    signal: controller.signal,
  });
  if (response.ok && response.body) readEventStream(response.body, (name, data) => log.push(name, data)).catch(() => undefined);
  return { ...log, response, close: () => controller.abort() };
}

export const isAgentMessage = (text: string) => (data: { message: ChatMessage }) => data.message.role === 'agent' && data.message.text === text;
