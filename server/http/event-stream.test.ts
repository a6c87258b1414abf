import { EventEmitter } from 'node:events';
import type { Response } from 'express';
import { describe, expect, it } from 'vitest';
import { createEventHub } from '../conversation/event-hub.js';
import { MAX_STREAMS_PER_CONVERSATION, conversationEvents } from './event-stream.js';

/** Enough of an express Response for a stream: the events and the comments written, and `close` when the client goes. */
function fakeResponse() {
  const emitter = new EventEmitter();
  const written: string[] = [];
  const comments: string[] = [];
  const res = Object.assign(emitter, {
    writableEnded: false,
    destroyed: false,
    status: () => res,
    set: () => res,
    flushHeaders: () => undefined,
    write: (chunk: string) => (chunk.startsWith(':') ? comments : written).push(chunk),
    destroy: () => {
      res.destroyed = true;
      emitter.emit('close');
    },
  });
  return { res: res as unknown as Response, written, comments, close: () => emitter.emit('close') };
}

describe('conversationEvents', () => {
  it('starts the body at once with a comment, so a proxy that holds the headers until the body starts passes them', () => {
    const { res, written, comments } = fakeResponse();
    conversationEvents(createEventHub()).open(res, 'c1');
    expect(comments).toEqual([': open\n\n']);
    expect(written).toEqual([]);
  });

  it("sends only its conversation's events, each as event/data", () => {
    const hub = createEventHub();
    const events = conversationEvents(hub);
    const { res, written } = fakeResponse();
    events.open(res, 'c1');
    hub.publish('c2', 'typing', { on: true, role: 'assistant' });
    hub.publish('c1', 'agent:left', { name: 'Sam', at: '2026-12-07T01:00:00.000Z' });
    expect(written).toEqual(['event: agent:left\ndata: {"name":"Sam","at":"2026-12-07T01:00:00.000Z"}\n\n']);
  });

  it('refuses a stream over the cap per conversation, and frees the place when a client goes', () => {
    const hub = createEventHub();
    const events = conversationEvents(hub);
    const open = Array.from({ length: MAX_STREAMS_PER_CONVERSATION }, () => fakeResponse());
    for (const stream of open) events.open(stream.res, 'c1');
    expect(() => events.open(fakeResponse().res, 'c1')).toThrow(expect.objectContaining({ code: 'RATE_LIMITED' }));
    events.open(fakeResponse().res, 'c2');
    open[0]?.close();
    const later = fakeResponse();
    events.open(later.res, 'c1');
    hub.publish('c1', 'typing', { on: false, role: 'agent' });
    expect(later.written).toHaveLength(1);
    expect(open[0]?.written).toEqual([]);
  });

  it('cuts every open stream at shutdown and stops listening for them', () => {
    const hub = createEventHub();
    const events = conversationEvents(hub);
    const { res, written } = fakeResponse();
    events.open(res, 'c1');
    events.endAll();
    hub.publish('c1', 'typing', { on: true, role: 'agent' });
    expect(written).toEqual([]);
  });
});
