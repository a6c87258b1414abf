import { backoffDelay, type BackoffOptions } from '../common/backoff.js';
import { readEventStream } from './event-stream.js';

/** An events response being read, and how to let go of its request. */
export interface OpenStream {
  body: ReadableStream<Uint8Array>;
  release(): void;
}

export interface FollowEventsOptions {
  /** Asks for the stream again: it, or why there is none (a network failure, or not an events stream). */
  reconnect(): Promise<OpenStream | string>;
  retry: BackoffOptions;
  onEvent(name: string, data: unknown): void;
  /** The stream is back after a cut: what happened meanwhile was not pushed. */
  onGap(): void;
  /** The stream could not be had back: the server is gone or no longer takes this session. */
  onDown(reason: string): void;
}

/**
 * Keeps reading the conversation's events stream (`GET /v1/conversations/:id/events`). Proxies and servers cut
 * long responses, so a cut stream is asked for again after a backoff, which grows while streams keep being cut
 * early; the reopened stream reports the gap. Returns the function that stops following (the caller aborts
 * the request itself).
 */
export function followEvents(first: OpenStream, options: FollowEventsOptions): () => void {
  let stopped = false;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const follow = (stream: OpenStream) => {
    const openedAt = Date.now();
    const cut = () => {
      stream.release();
      if (stopped) return;
      // Up for a long while: a proxy's timeout, not a failing server, so the backoff starts over.
      if (Date.now() - openedAt >= options.retry.maxMs) attempt = 0;
      timer = setTimeout(reopen, backoffDelay(attempt++, options.retry));
    };
    readEventStream(stream.body, (name, data) => stopped || options.onEvent(name, data)).then(cut, cut);
  };

  const reopen = async () => {
    const next = await options.reconnect();
    if (typeof next === 'string') return void (stopped || options.onDown(`events stream ${next}`));
    if (stopped) return next.release();
    follow(next);
    options.onGap();
  };

  follow(first);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
