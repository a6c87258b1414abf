/**
 * Staff socket latency: from the moment a shopper sends a message to the moment a signed-in salesperson's socket
 * gets it, as `conversation:message` (watching the conversation) and as the `inbox:item` row (watching the
 * inbox). The real server in this process on the embedded store, the offline responder, one message at a time.
 *
 *   npx tsx bench/staff-socket.ts
 *   MESSAGES=500 npx tsx bench/staff-socket.ts
 */
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { InboxItem, StaffClientToServerEvents, StaffServerToClientEvents } from '../sdk/protocol/index.js';
import { say } from '../server/test/support/chat.js';
import { addStaff, signIn } from '../server/test/support/staff.js';
import { addSite, openVisitor, startTestServer, type TestSiteContext } from '../server/test/support/test-server.js';
import { ms, summary } from './support/stats.js';

const MESSAGES = Number(process.env.MESSAGES ?? 200);
const PUBLIC_URL = 'http://workspace.test';

type StaffClient = Socket<StaffServerToClientEvents, StaffClientToServerEvents>;

async function staffSocket(url: string, cookie: string): Promise<StaffClient> {
  const socket: StaffClient = io(`${url}/v1/staff`, { extraHeaders: { origin: PUBLIC_URL, cookie }, transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => (socket.once('connect', () => resolve()), socket.once('connect_error', reject)));
  return socket;
}

async function main(): Promise<void> {
  const t = {} as TestSiteContext;
  t.server = await startTestServer({ PUBLIC_URL, RATE_LIMIT_MESSAGES_PER_MINUTE: '10000' });
  try {
    t.site = await addSite(t.server);
    const added = await addStaff(t.server.store, { siteId: t.site.site.id, email: 'bench@sales.example', role: 'salesperson' });
    const { cookie } = await signIn(t.server.url, added.email, added.password);
    const watcher = await staffSocket(t.server.url, cookie);
    const inbox = await staffSocket(t.server.url, cookie);
    const visitor = await openVisitor(t);
    const { conversationId } = visitor.session;
    await watcher.timeout(5_000).emitWithAck('conversation:watch', { conversationId });

    const sentAt = new Map<string, number>();
    const toMessage: number[] = [];
    const toRow: number[] = [];
    watcher.on('conversation:message', ({ message }) => {
      const at = message.clientId && sentAt.get(message.clientId);
      if (at) toMessage.push(performance.now() - at);
    });
    inbox.on('inbox:item', (item: InboxItem) => {
      const key = item.lastMessage?.role === 'visitor' ? item.lastMessage.text : undefined;
      const at = key && sentAt.get(key);
      if (at) {
        toRow.push(performance.now() - at);
        sentAt.delete(key);
      }
    });
    for (let i = 0; i < MESSAGES; i++) {
      const clientId = randomUUID();
      const text = `Is the Tacoma number ${i} still there?`;
      const now = performance.now();
      sentAt.set(clientId, now);
      sentAt.set(text, now);
      await say(visitor.socket, text, clientId);
    }
    const report = (label: string, samples: number[]) => {
      const { p50, p95, p99 } = summary(samples);
      console.log(`${label.padEnd(44)} p50 ${ms(p50).padStart(9)}  p95 ${ms(p95).padStart(9)}  p99 ${ms(p99).padStart(9)}  (${samples.length})`);
    };
    console.log(`${MESSAGES} shopper messages, one at a time, embedded store, offline responder`);
    report('send → conversation:message (watcher)', toMessage);
    report('send → inbox:item (site room)', toRow);
    visitor.socket.close();
    watcher.close();
    inbox.close();
  } finally {
    await t.server.destroy();
  }
}

await main();
