import { describe, expect, it } from 'vitest';
import { readEventStream } from './event-stream.js';

const streamOf = (...chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });

describe('readEventStream', () => {
  it('parses events split across chunks and skips comments and non-JSON data', async () => {
    const events: Array<[string, unknown]> = [];
    await readEventStream(
      streamOf('event: message\ndata: {"a"', ':1}\n\n: keep-alive\n\nevent: typing\r\ndata: {"on":true}\r\n\r\n', 'data: hello\n\n'),
      (name, data) => events.push([name, data]),
    );
    expect(events).toEqual([
      ['message', { a: 1 }],
      ['typing', { on: true }],
    ]);
  });
});
