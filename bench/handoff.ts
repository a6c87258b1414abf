/**
 * Lead handoff latency: from the moment a visitor sends their phone number to the moment a real SMTP server
 * accepts the salesperson email, after Cathy asked for it and when volunteered unasked in the first message. Runs the server from source in a child process (the demo site, which has a
 * lead recipient) and an SMTP server in this process.
 *
 *   npx tsx bench/handoff.ts
 *   LEADS=100 npx tsx bench/handoff.ts
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { startTestSmtp } from '../server/test/support/smtp.js';
import { startCathy } from './support/processes.js';
import { ms, summary } from './support/stats.js';

const LEADS = Number(process.env.LEADS ?? 40);
const GOAL_MS = 1_000;
const ORIGIN = 'http://localhost:5173';
const LINES = [
  "Hi! I'm looking for a used SUV, maybe a 2019 Honda CR-V",
  "I'd like to stay around $350 a month",
  'My credit took a hit after a divorce, rebuilding it now',
  'This weekend if possible',
  'My name is Maria Lopez',
  'What else do you need from me?',
  'Sounds good',
];

interface Reply {
  replyTo?: string;
  disclosure?: string;
}

async function visitor(port: number): Promise<Socket> {
  const socket = io(`http://127.0.0.1:${port}/v1`, { auth: { siteKey: 'pk_demo' }, extraHeaders: { origin: ORIGIN }, transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => (socket.once('connect', () => resolve()), socket.once('connect_error', reject)));
  await socket.timeout(10_000).emitWithAck('session:start', { page: { url: `${ORIGIN}/inventory`, title: 'Inventory' } });
  return socket;
}

async function say(socket: Socket, text: string): Promise<Reply> {
  const replies: Reply[] = [];
  const onDone = ({ message }: { message: Reply }) => replies.push(message);
  socket.on('message:done', onDone);
  try {
    const { message } = (await socket.timeout(10_000).emitWithAck('message:send', { clientId: randomUUID(), text })) as { message: { id: string } };
    for (let waited = 0; waited < 10_000; waited += 5) {
      const reply = replies.find((r) => r.replyTo === message.id);
      if (reply) return reply;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`no reply to "${text}"`);
  } finally {
    socket.off('message:done', onDone);
  }
}

async function main() {
  const smtp = await startTestSmtp();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cathy-bench-handoff-'));
  const server = await startCathy(dataDir, { SMTP_URL: smtp.url }, 'source');
  const handoff: number[] = [];
  const captured: number[] = [];
  const volunteered: number[] = [];
  try {
    for (let i = 0; i < LEADS; i++) {
      const socket = await visitor(server.port);
      for (const line of LINES) if ((await say(socket, line)).disclosure) break;
      const e164 = `+1305814${String(3000 + i).padStart(4, '0')}`;
      const lead = new Promise<void>((resolve) => socket.once('lead:captured', () => resolve()));
      const before = smtp.received.length;
      const started = performance.now();
      const startedAt = Date.now();
      await say(socket, `Sure, call me at ${e164.slice(2, 5)}-${e164.slice(5, 8)}-${e164.slice(8)}`);
      await lead;
      captured.push(performance.now() - started);
      const [mail] = (await smtp.waitFor(before + 1, 10_000)).slice(before);
      if (!mail?.mail.text?.includes(`tel:${e164}`)) throw new Error(`unexpected email for lead ${i}`);
      handoff.push(mail.at - startedAt);
      socket.close();
    }
    // A shopper who gives the number unasked in the first message and leaves: a lead at once (contact_requested).
    for (let i = 0; i < LEADS; i++) {
      const socket = await visitor(server.port);
      const national = `773-241-${String(5000 + i).padStart(4, '0')}`;
      const before = smtp.received.length;
      const startedAt = Date.now();
      await say(socket, `Hi, I need a reliable car for work. Call me at ${national}, I'm James.`);
      socket.close();
      const [mail] = (await smtp.waitFor(before + 1, 10_000)).slice(before);
      if (!mail?.mail.text?.includes(`tel:+1${national.replace(/-/g, '')}`)) throw new Error(`unexpected email for volunteered lead ${i}`);
      volunteered.push(mail.at - startedAt);
    }
  } finally {
    await server.stop();
    await smtp.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  const h = summary(handoff);
  const c = summary(captured);
  const v = summary(volunteered);
  process.stdout.write(
    [
      `Lead handoff: ${LEADS} leads, one at a time; server from source in a child process, SMTP server in this one`,
      `phone sent → Cathy's reply with the lead:  p50 ${ms(c.p50)}  p95 ${ms(c.p95)}  p99 ${ms(c.p99)}`,
      `phone sent → SMTP accepted the email:     p50 ${ms(h.p50)}  p95 ${ms(h.p95)}  p99 ${ms(h.p99)}  max ${ms(Math.max(...handoff))}`,
      `volunteered in the first message → SMTP accepted the email:  p50 ${ms(v.p50)}  p95 ${ms(v.p95)}  p99 ${ms(v.p99)}  max ${ms(Math.max(...volunteered))}`,
      `goal: median ≤ ${GOAL_MS} ms → ${h.p50 <= GOAL_MS && v.p50 <= GOAL_MS ? 'met' : 'NOT met'}`,
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
