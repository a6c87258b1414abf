// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createHttpTransport } from './http-transport.js';
import { NO_CONNECTION } from './transport.js';
import { SESSION } from './test/support/session-fixture.js';


/** A server that opens a reply stream and then sends nothing, as a stalled proxy would. */
function stallingFetch(): typeof fetch {
  return async (input, init) => {
    if (String(input).endsWith('/v1/sessions')) return Response.json(SESSION);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        init?.signal?.addEventListener('abort', () => controller.error(new Error('aborted')));
      },
    });
    return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
  };
}

describe('the HTTP transport', () => {
  it('gives up on a reply stream that never confirms the message, so the send queue moves on', async () => {
    const downs: string[] = [];
    const transport = createHttpTransport(
      { serverUrl: 'https://chat.example', timeoutMs: 50, fetch: stallingFetch() },
      { onEvent: () => undefined, onDown: (reason) => downs.push(reason), onError: () => undefined },
    );
    await transport.open({ auth: { siteKey: 'pk_test' }, session: { page: { url: 'https://dealer.example/' } } });
    const started = Date.now();
    expect(await transport.send({ clientId: '0b7c5c1e-4a2b-4a4e-9d1f-2f0a6b1c9d10', text: 'hi' })).toBe(NO_CONNECTION);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(downs).toEqual(['reply stream broke']);
  });
});
