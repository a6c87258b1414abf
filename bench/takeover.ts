/**
 * Live takeover latency: a salesperson takes a conversation over and writes to the shopper. Measures, for a shopper
 * on the socket and one on the HTTP fallback (`GET /v1/conversations/:id/events`), the time from the staff
 * `POST …/messages` to the shopper receiving that `message:done`, and from the takeover `POST` to the shopper's
 * `agent:joined`. The real server in this process on 127.0.0.1 and the embedded store; one message at a time.
 *
 *   npx tsx bench/takeover.ts
 *   MESSAGES=500 TAKEOVERS=50 npx tsx bench/takeover.ts
 */
import type { ChatMessage, SessionStartResult } from '../sdk/protocol/index.js';
import { PAGE } from '../server/test/support/chat.js';
import { addStaff, signIn, type StaffAuth } from '../server/test/support/staff.js';
import { agentSays, handback, openEventsStream, recordSocket, takeover, type EventLog } from '../server/test/support/takeover.js';
import { PAGE_ORIGIN, addSite, openVisitor, startTestServer, type TestSiteContext } from '../server/test/support/test-server.js';
import { ms, summary } from './support/stats.js';

const MESSAGES = Number(process.env.MESSAGES ?? 200);
const TAKEOVERS = Number(process.env.TAKEOVERS ?? 30);
const GOAL_P50_MS = 50;
const PUBLIC_URL = 'http://workspace.test';

interface Shopper {
  conversationId: string;
  events: EventLog;
  close(): void;
}

async function socketShopper(t: TestSiteContext): Promise<Shopper> {
  const { socket, session } = await openVisitor(t);
  return { conversationId: session.conversationId, events: recordSocket(socket), close: () => socket.close() };
}

async function httpShopper(t: TestSiteContext): Promise<Shopper> {
  const res = await fetch(`${t.server.url}/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: PAGE_ORIGIN },
    body: JSON.stringify({ siteKey: t.site.site.publicKey, ...PAGE }),
  });
  const session = (await res.json()) as SessionStartResult;
  const stream = await openEventsStream(t.server.url, session.conversationId, session.visitorToken);
  return { conversationId: session.conversationId, events: stream, close: stream.close };
}

/** Staff POST → the shopper's `message:done` of that message, MESSAGES times. */
async function messages(t: TestSiteContext, staff: StaffAuth, shopper: Shopper): Promise<number[]> {
  const samples: number[] = [];
  if ((await takeover(t.server.url, staff, shopper.conversationId)).status !== 200) throw new Error('takeover refused');
  for (let i = 0; i < MESSAGES; i++) {
    const text = `Message ${i}: the Tacoma is on the lot.`;
    const seen = shopper.events.waitFor('message:done', (data: { message: ChatMessage }) => data.message.text === text);
    const started = performance.now();
    const res = await agentSays(t.server.url, staff, shopper.conversationId, text);
    if (res.status !== 201) throw new Error(`agent message refused: ${res.status} ${await res.text()}`);
    await seen;
    samples.push(performance.now() - started);
  }
  await handback(t.server.url, staff, shopper.conversationId);
  return samples;
}

/** Takeover POST → the shopper's `agent:joined`, TAKEOVERS times (handed back in between). */
async function joins(t: TestSiteContext, staff: StaffAuth, shopper: Shopper): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < TAKEOVERS; i++) {
    const before = shopper.events.events.filter((event) => event.name === 'agent:joined').length;
    const seen = shopper.events.waitFor('agent:joined', () => shopper.events.events.filter((event) => event.name === 'agent:joined').length > before);
    const started = performance.now();
    if ((await takeover(t.server.url, staff, shopper.conversationId)).status !== 200) throw new Error('takeover refused');
    await seen;
    samples.push(performance.now() - started);
    await handback(t.server.url, staff, shopper.conversationId);
  }
  return samples;
}

async function main(): Promise<void> {
  const t = {} as TestSiteContext;
  t.server = await startTestServer({ PUBLIC_URL });
  try {
    t.site = await addSite(t.server);
    const added = await addStaff(t.server.store, { siteId: t.site.site.id, email: 'bench@sales.example', role: 'salesperson', name: 'Dana Bench' });
    const staff = await signIn(t.server.url, added.email, added.password);
    const report = (label: string, samples: number[]) => {
      const { p50, p95, p99 } = summary(samples);
      const verdict = p50 <= GOAL_P50_MS ? 'ok' : `over the ${GOAL_P50_MS} ms goal`;
      console.log(`${label.padEnd(44)} p50 ${ms(p50).padStart(9)}  p95 ${ms(p95).padStart(9)}  p99 ${ms(p99).padStart(9)}  (${samples.length}) ${verdict}`);
    };
    console.log(`${MESSAGES} staff messages and ${TAKEOVERS} takeovers per transport, one at a time, embedded store`);
    for (const [name, open] of [['socket', socketShopper], ['HTTP events stream', httpShopper]] as const) {
      const shopper = await open(t);
      report(`staff message → shopper (${name})`, await messages(t, staff, shopper));
      report(`takeover → agent:joined (${name})`, await joins(t, staff, shopper));
      shopper.close();
    }
  } finally {
    await t.server.destroy();
  }
}

await main();
