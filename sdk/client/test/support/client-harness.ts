import { createClientWith, type ClientInternals } from '../../create-client.js';
import type { CathyClient, ClientOptions, ClientSnapshot } from '../../types.js';
import type { TestSiteContext } from '../../../../server/test/support/test-server.js';

/** Short delays so reconnects and probes happen within a test. */
export const FAST_TIMING: ClientInternals['timing'] = {
  connectTimeoutMs: 2_000,
  ackTimeoutMs: 2_000,
  httpTimeoutMs: 5_000,
  retry: { baseMs: 50, maxMs: 200 },
  probe: { baseMs: 100, maxMs: 200 },
  sendRetry: { baseMs: 50, maxMs: 200 },
};

/**
 * A client of the test site as a page on `location.origin` would create it. In a browser the
 * socket's Origin header is set by the browser; socket.io-client's Node build (what runs under
 * happy-dom) needs it passed. The HTTP fallback goes through happy-dom's fetch, which sets Origin itself.
 */
export function testClient(
  t: TestSiteContext,
  options: Partial<ClientOptions> & { url?: string } = {},
  internals: ClientInternals = {},
): CathyClient {
  const { url, ...rest } = options;
  return createClientWith(
    { siteKey: t.site.site.publicKey, serverUrl: url ?? t.server.url, ...rest },
    { socketOptions: { extraHeaders: { origin: location.origin } }, timing: FAST_TIMING, ...internals },
  );
}

/** Resolves with the first snapshot that passes `check` (the current one included). */
export function waitFor(client: CathyClient, check: (snapshot: ClientSnapshot) => boolean, what = 'the expected state', timeoutMs = 8_000): Promise<ClientSnapshot> {
  return new Promise((resolve, reject) => {
    if (check(client.snapshot())) return resolve(client.snapshot());
    const timer = setTimeout(() => {
      off();
      reject(new Error(`timed out waiting for ${what}; status ${client.snapshot().status}, ${client.snapshot().messages.length} messages, ${client.snapshot().pending.length} pending`));
    }, timeoutMs);
    const off = client.on('change', (snapshot) => {
      if (!check(snapshot)) return;
      clearTimeout(timer);
      off();
      resolve(snapshot);
    });
  });
}

/** Waits until every visitor message has Cathy's reply and nothing is pending or streaming. */
export function settled(client: CathyClient, visitorMessages: number): Promise<ClientSnapshot> {
  return waitFor(
    client,
    (s) =>
      s.pending.length === 0 &&
      s.streaming === null &&
      s.messages.filter((m) => m.role === 'visitor').length === visitorMessages &&
      s.messages.filter((m) => m.role === 'visitor').every((v) => s.messages.some((m) => m.replyTo === v.id)),
    `${visitorMessages} answered visitor messages`,
  );
}
