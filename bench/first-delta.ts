/**
 * The server's own overhead on the way to the first word: time from `message:send` to the first
 * `message:delta`, with Cathy on a stub model (a local OpenAI-compatible server that answers at once),
 * beside the offline responder measured the same way. Goal: ≤ 5 ms median on the model path.
 * Messages go 10 ms apart, as a visitor's never follow each other faster, so the lead extraction after
 * each reply is not counted against the next; the first 150 warm the JIT and are not counted.
 *
 *   npx tsx bench/first-delta.ts
 *   MESSAGES=500 npx tsx bench/first-delta.ts
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { startCathy } from './support/processes.js';
import { ms, summary } from './support/stats.js';

const MESSAGES = Number(process.env.MESSAGES ?? 400);
const WARMUP = 150;
const THINK_MS = 10;
const ORIGIN = 'http://localhost:5173';
const REPLY = ['Happy', ' to help', '! What kind', ' of vehicle', ' are you', ' looking for?'];

function chunk(delta: Record<string, unknown>, finish: string | null = null) {
  return { id: 'chatcmpl-bench', object: 'chat.completion.chunk', created: 0, model: 'bench', choices: [{ index: 0, delta, finish_reason: finish }] };
}

const NO_FIELDS = Object.fromEntries(
  ['firstName', 'lastName', 'phone', 'email', 'vehicle', 'condition', 'budget', 'tradeIn', 'credit', 'timeframe', 'callTime', 'language'].map((k) => [k, null]),
);

/** An OpenAI-compatible model that answers at once: streamed replies and structured extractions. */
function startStubModel(): Promise<Server> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (data: Buffer) => (body += data));
    req.on('end', () => {
      const request = JSON.parse(body) as { stream?: boolean };
      if (!request.stream) {
        const content = JSON.stringify({ ...NO_FIELDS, summary: 'Bench visitor.' });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 'x', object: 'chat.completion', created: 0, model: 'bench', choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop' }], usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } }));
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const events = [chunk({ role: 'assistant', content: '' }), ...REPLY.map((content) => chunk({ content })), chunk({}, 'stop')];
      res.end(`${events.map((event) => `data: ${JSON.stringify(event)}\n\n`).join('')}data: [DONE]\n\n`);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function measure(port: number) {
  const socket: Socket = io(`http://127.0.0.1:${port}/v1`, { auth: { siteKey: 'pk_demo' }, extraHeaders: { origin: ORIGIN }, transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  await socket.timeout(10_000).emitWithAck('session:start', { page: { url: `${ORIGIN}/bench`, title: 'Bench' } });
  const firstDelta: number[] = [];
  const done: number[] = [];
  for (let i = 0; i < WARMUP + MESSAGES; i++) {
    const started = performance.now();
    const delta = new Promise<number>((resolve) => socket.once('message:delta', () => resolve(performance.now())));
    const reply = new Promise<number>((resolve) => socket.once('message:done', () => resolve(performance.now())));
    const refused = new Promise<never>((_, reject) =>
      socket.emit('message:send', { clientId: randomUUID(), text: `Do you have a used SUV? (${i})` }, (ack: { error?: { message: string } }) => {
        if (ack.error) reject(new Error(`message:send refused: ${ack.error.message}`));
      }),
    );
    const [deltaAt, doneAt] = await Promise.race([Promise.all([delta, reply]), refused]);
    // A visitor reads before typing again; the lead extraction that follows each reply finishes meanwhile.
    await new Promise((resolve) => setTimeout(resolve, THINK_MS));
    if (i < WARMUP) continue;
    firstDelta.push(deltaAt - started);
    done.push(doneAt - started);
  }
  socket.close();
  return { firstDelta: summary(firstDelta), done: summary(done) };
}

async function run(env: Record<string, string>) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cathy-bench-llm-'));
  const cathy = await startCathy(dataDir, env, 'source');
  try {
    return await measure(cathy.port);
  } finally {
    await cathy.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const model = await startStubModel();
  try {
    const modelUrl = `http://127.0.0.1:${(model.address() as AddressInfo).port}/v1`;
    const llm = await run({ OPENAI_API_KEY: 'sk-bench', OPENAI_BASE_URL: modelUrl, OPENAI_MODEL: 'bench' });
    const offline = await run({ OPENAI_API_KEY: '' });
    const rows = [
      ['send → first message:delta p50', ms(llm.firstDelta.p50), ms(offline.firstDelta.p50)],
      ['send → first message:delta p95', ms(llm.firstDelta.p95), ms(offline.firstDelta.p95)],
      ['send → first message:delta p99', ms(llm.firstDelta.p99), ms(offline.firstDelta.p99)],
      ['send → message:done p50', ms(llm.done.p50), ms(offline.done.p50)],
    ];
    console.log(`\nFirst delta, ${MESSAGES} sequential messages on one websocket, ${THINK_MS} ms apart (embedded store; the model answers at once)\n`);
    console.log('| measure | Cathy on the stub model | offline Cathy |\n| --- | --- | --- |');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    console.log(`\nGoal: model path p50 ≤ 5 ms — ${llm.firstDelta.p50 <= 5 ? 'met' : 'NOT met'}.`);
  } finally {
    await new Promise((resolve) => model.close(resolve));
  }
}

await main();
