import type { Response } from 'express';
import { AppError } from '../errors/app-error.js';
import type { EventHub } from '../conversation/event-hub.js';

/** Open event streams one conversation may hold (a few tabs); more answer RATE_LIMITED. */
export const MAX_STREAMS_PER_CONVERSATION = 5;
const PING_MS = 25_000;

/** Server-sent events: the headers every stream of the visitor API sends, and one `event:`/`data:` writer. */
export function openEventStream(res: Response): (event: string, data: unknown) => void {
  res.status(200).set({
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    'X-Accel-Buffering': 'no',
  });
  res.flushHeaders();
  return (event, data) => {
    if (!res.writableEnded) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
}

export interface ConversationEvents {
  /** Streams the conversation's events to `res` until the client goes. */
  open(res: Response, conversationId: string): void;
  /**
   * Cuts every stream and its connection (shutdown): a stream never ends by itself, and an ended one would still
   * keep its connection alive past the server's close. Clients reconnect and read what they missed.
   */
  endAll(): void;
}

/**
 * `GET /v1/conversations/:id/events`: every event of the conversation the socket would get (`agent:joined`,
 * `message:done`, `typing`, …) until the client goes, for shoppers on the HTTP fallback. A comment every 25 s
 * keeps proxies from closing an idle stream.
 */
export function conversationEvents(hub: EventHub, pingMs = PING_MS): ConversationEvents {
  const open = new Map<string, number>();
  const streams = new Set<Response>();
  return { open: start, endAll: () => streams.forEach((res) => res.destroy()) };

  function start(res: Response, conversationId: string): void {
    const count = open.get(conversationId) ?? 0;
    if (count >= MAX_STREAMS_PER_CONVERSATION) {
      throw new AppError('RATE_LIMITED', `At most ${MAX_STREAMS_PER_CONVERSATION} event streams per conversation. Close one first.`);
    }
    open.set(conversationId, count + 1);
    streams.add(res);
    const send = openEventStream(res);
    // A first byte of body at once: a proxy that holds the headers until the body starts would otherwise keep the
    // client waiting for a first event, which may not come for minutes.
    res.write(': open\n\n');
    const unsubscribe = hub.subscribe((id, event) => {
      if (id === conversationId) send(event.name, event.args[0]);
    });
    const ping = setInterval(() => res.write(': ping\n\n'), pingMs);
    res.on('close', () => {
      streams.delete(res);
      clearInterval(ping);
      unsubscribe();
      const left = (open.get(conversationId) ?? 1) - 1;
      if (left > 0) open.set(conversationId, left);
      else open.delete(conversationId);
    });
  }
}
