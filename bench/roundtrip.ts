/**
 * Round-trip latency and per-socket memory of the conversation server, side by side with a bare
 * Socket.IO echo server measured in the same run (the ceiling for our stack).
 *
 *   npm run bench            (builds first)
 *   SOCKETS=2000 MESSAGES=1000 npm run bench
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { startCathy, startEcho, type Child } from './support/processes.js';
import { ms, summary } from './support/stats.js';

const MESSAGES = Number(process.env.MESSAGES ?? 300);
const SOCKETS = Number(process.env.SOCKETS ?? 1000);
const ORIGIN = 'http://localhost:5173';
const PAGE = { page: { url: 'http://localhost:5173/bench', title: 'Bench' } };

function connect(port: number): Promise<Socket> {
  const socket = io(`http://127.0.0.1:${port}/v1`, {
    auth: { siteKey: 'pk_demo' },
    extraHeaders: { origin: ORIGIN },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function startSession(socket: Socket): Promise<{ conversationId: string; visitorToken?: string }> {
  return socket.timeout(10_000).emitWithAck('session:start', PAGE);
}

/** Sequential sends: ack latency, and for Cathy the time until her stored reply arrives. */
async function sendLatency(socket: Socket, count: number, waitForReply: boolean) {
  const acks: number[] = [];
  const replies: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const done = waitForReply ? new Promise<void>((resolve) => socket.once('message:done', () => resolve())) : null;
    await socket.timeout(10_000).emitWithAck('message:send', { clientId: randomUUID(), text: `Do you have a used SUV? (${i})` });
    acks.push(performance.now() - started);
    if (done) {
      await done;
      replies.push(performance.now() - started);
    }
  }
  return { acks: summary(acks), replies: summary(replies) };
}

async function httpLatency(port: number, count: number) {
  const headers = { 'content-type': 'application/json', origin: ORIGIN };
  const session = (await (
    await fetch(`http://127.0.0.1:${port}/v1/sessions`, { method: 'POST', headers, body: JSON.stringify({ siteKey: 'pk_demo', ...PAGE }) })
  ).json()) as { conversationId: string; visitorToken: string };
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}/v1/conversations/${session.conversationId}/messages`, {
      method: 'POST',
      headers: { ...headers, authorization: `Bearer ${session.visitorToken}` },
      body: JSON.stringify({ clientId: randomUUID(), text: `Any trucks? (${i})` }),
    });
    await res.json();
    samples.push(performance.now() - started);
  }
  return summary(samples);
}

async function socketMemory(child: Child, count: number, withSession: boolean) {
  const before = child.rssKb();
  const sockets: Socket[] = [];
  for (let i = 0; i < count; i += 50) {
    const batch = await Promise.all(Array.from({ length: Math.min(50, count - i) }, () => connect(child.port)));
    if (withSession) await Promise.all(batch.map(startSession));
    sockets.push(...batch);
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  const perSocketKb = (child.rssKb() - before) / count;
  for (const socket of sockets) socket.close();
  return perSocketKb;
}

async function main() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cathy-bench-'));
  const echo = await startEcho();
  const cathy = await startCathy(dataDir);
  try {
    const echoSocket = await connect(echo.port);
    await startSession(echoSocket);
    await sendLatency(echoSocket, 50, false);
    const echoSend = await sendLatency(echoSocket, MESSAGES, false);
    echoSocket.close();

    const cathySocket = await connect(cathy.port);
    await startSession(cathySocket);
    await sendLatency(cathySocket, 20, true);
    const cathySend = await sendLatency(cathySocket, MESSAGES, true);
    cathySocket.close();
    const http = await httpLatency(cathy.port, Math.min(MESSAGES, 200));

    const echoMem = await socketMemory(echo, SOCKETS, false);
    const cathyMem = await socketMemory(cathy, SOCKETS, true);

    const rows = [
      ['message:send ack p50', ms(echoSend.acks.p50), ms(cathySend.acks.p50), (cathySend.acks.p50 / echoSend.acks.p50).toFixed(2)],
      ['message:send ack p95', ms(echoSend.acks.p95), ms(cathySend.acks.p95), (cathySend.acks.p95 / echoSend.acks.p95).toFixed(2)],
      ['message:send ack p99', ms(echoSend.acks.p99), ms(cathySend.acks.p99), (cathySend.acks.p99 / echoSend.acks.p99).toFixed(2)],
      ['send → Cathy reply stored p50', '—', ms(cathySend.replies.p50), ''],
      ['send → Cathy reply stored p99', '—', ms(cathySend.replies.p99), ''],
      ['HTTP fallback POST (message + reply) p50', '—', ms(http.p50), ''],
      ['HTTP fallback POST (message + reply) p99', '—', ms(http.p99), ''],
      [`RSS per socket (${SOCKETS} sockets${' + session'})`, `${echoMem.toFixed(1)} KB`, `${cathyMem.toFixed(1)} KB`, (cathyMem / echoMem).toFixed(2)],
    ];
    console.log(`\nRound trip, ${MESSAGES} sequential messages on one websocket (offline Cathy, embedded store)\n`);
    console.log(`| measure | bare echo | Cathy | ratio |\n| --- | --- | --- | --- |`);
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  } finally {
    await Promise.all([echo.stop(), cathy.stop()]);
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
