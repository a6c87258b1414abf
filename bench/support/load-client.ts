/**
 * The visitors of `bench/socket-load.ts`, in a process of their own so the server's CPU and memory are
 * read apart from theirs. Driven over the IPC channel: one command at a time, one reply to each.
 * Run only by socket-load.ts (`node --import tsx bench/support/load-client.ts` with an IPC channel).
 */
import { randomUUID } from 'node:crypto';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import { summary } from './stats.js';

export type LoadCommand =
  | { type: 'connect'; port: number; count: number; batch: number; firstAddress: number; perAddress: number; timeoutMs: number }
  | { type: 'start'; mode: 'interval'; intervalMs: number }
  | { type: 'start'; mode: 'closed' }
  | { type: 'window:start' }
  | { type: 'window:end' }
  | { type: 'close' };

export interface WindowResult {
  elapsedMs: number;
  sent: number;
  acked: number;
  /** Acks carrying `{ error }`, by code. */
  errors: Record<string, number>;
  /** `message:done` events (Cathy's finished replies) received in the window. */
  replies: number;
  /** Sends of the window still waiting for their ack when it closed; `latency` counts their wait so far. */
  outstanding: number;
  /** Visitors dropped since they connected. */
  disconnects: number;
  latency: ReturnType<typeof summary>;
}

export type LoadReply =
  | { type: 'ready' }
  | { type: 'connected'; connected: number; failed: number; failures: Record<string, number>; elapsedMs: number }
  | { type: 'started' }
  | { type: 'window:started' }
  | { type: 'window'; result: WindowResult }
  | { type: 'closed' }
  | { type: 'failed'; message: string };

const ORIGIN = 'http://localhost:5173';
const PAGE = { page: { url: `${ORIGIN}/inventory`, title: 'Used inventory' } };
const TEXTS = ['Do you have a used SUV?', 'What would the payment be on the Civic?', 'Can I trade in my 2015 Camry?', 'Are you open on Saturday?'];
// The interval mode sends from one timer: 10,000 visitors' own timers would cost more than what they measure.
const TICK_MS = 10;

/** Loopback source address `index`: every 127.x.y.z reaches the server, and the server limits per address. */
function loopbackAddress(index: number): string {
  return `127.0.${1 + Math.floor(index / 250)}.${1 + (index % 250)}`;
}

type Ack = { error?: { code?: string } };

const sockets: Socket[] = [];
let mode: 'idle' | 'interval' | 'closed' = 'idle';
let ticker: NodeJS.Timeout | undefined;
let measuring = false;
let windowStarted = 0;
let sent = 0;
let acked = 0;
let replies = 0;
let disconnects = 0;
let serial = 0;
let errors: Record<string, number> = {};
let latencies: number[] = [];
/** Send times of the window's sends not acked yet: at its end they count with their wait so far. */
const inFlight = new Map<number, number>();

// Shared listeners: one function for every socket, so the replies Cathy streams cost a call, not an allocation.
const onReply = () => {
  if (measuring) replies++;
};
const onDisconnect = () => {
  disconnects++;
};

function count(into: Record<string, number>, key: string) {
  into[key] = (into[key] ?? 0) + 1;
}

function send(socket: Socket) {
  const started = performance.now();
  const id = serial++;
  const counted = measuring;
  if (counted) {
    sent++;
    inFlight.set(id, started);
  }
  socket.emit('message:send', { clientId: randomUUID(), text: TEXTS[id % TEXTS.length] }, (ack: Ack) => {
    if (counted && measuring) {
      inFlight.delete(id);
      acked++;
      latencies.push(performance.now() - started);
      if (ack?.error) count(errors, ack.error.code ?? 'UNKNOWN');
    }
    if (mode === 'closed' && socket.connected) send(socket);
  });
}

function open(port: number, localAddress: string, timeoutMs: number): Promise<Socket> {
  // engine.io-client hands `localAddress` to ws (transports/websocket.js); its option types leave it out.
  const options: Partial<ManagerOptions & SocketOptions> & { localAddress: string } = {
    auth: { siteKey: 'pk_demo' },
    extraHeaders: { origin: ORIGIN },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    timeout: timeoutMs,
    localAddress,
  };
  const socket = io(`http://127.0.0.1:${port}/v1`, options);
  let timer: NodeJS.Timeout | undefined;
  // The manager's timeout covers the transport only; this one also covers the namespace handshake and the session.
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no session within ${timeoutMs} ms`)), timeoutMs);
  });
  const ready = new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  }).then(async () => {
    const ack = (await socket.emitWithAck('session:start', PAGE)) as Ack;
    if (ack?.error) throw new Error(`session:start refused: ${ack.error.code}`);
  });
  return Promise.race([ready, expired]).then(
    () => {
      clearTimeout(timer);
      socket.on('message:done', onReply);
      socket.on('disconnect', onDisconnect);
      return socket;
    },
    (error: unknown) => {
      clearTimeout(timer);
      socket.close();
      throw error;
    },
  );
}

async function connect(command: Extract<LoadCommand, { type: 'connect' }>): Promise<LoadReply> {
  const started = performance.now();
  disconnects = 0;
  const failures: Record<string, number> = {};
  let failed = 0;
  for (let i = 0; i < command.count; i += command.batch) {
    const size = Math.min(command.batch, command.count - i);
    const batch = await Promise.allSettled(
      Array.from({ length: size }, (_, j) => open(command.port, loopbackAddress(command.firstAddress + Math.floor((i + j) / command.perAddress)), command.timeoutMs)),
    );
    let batchFailed = 0;
    for (const outcome of batch) {
      if (outcome.status === 'fulfilled') sockets.push(outcome.value);
      else {
        batchFailed++;
        count(failures, outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason));
      }
    }
    failed += batchFailed;
    // A server refusing most of a batch will refuse the next one too; waiting on it only delays the report.
    if (batchFailed > size / 2) {
      failed += command.count - i - size;
      count(failures, 'not attempted: the batch before mostly failed');
      break;
    }
  }
  return { type: 'connected', connected: sockets.length, failed, failures, elapsedMs: performance.now() - started };
}

function startInterval(intervalMs: number) {
  const slots = Math.max(1, Math.round(intervalMs / TICK_MS));
  // A random phase per visitor keeps the load smooth instead of arriving in waves.
  const bySlot: Socket[][] = Array.from({ length: slots }, () => []);
  for (const socket of sockets) bySlot[Math.floor(Math.random() * slots)]?.push(socket);
  const origin = performance.now();
  let next = 0;
  // Catches up on slots a late tick skipped, so a busy client still offers the configured rate.
  ticker = setInterval(() => {
    const due = Math.floor((performance.now() - origin) / TICK_MS);
    for (; next <= due; next++) for (const socket of bySlot[next % slots] ?? []) if (socket.connected) send(socket);
  }, TICK_MS);
}

function endWindow(): LoadReply {
  const now = performance.now();
  const elapsedMs = now - windowStarted;
  measuring = false;
  // Leaving out the sends still waiting would report a server falling behind as faster than one keeping up.
  for (const started of inFlight.values()) latencies.push(now - started);
  mode = 'idle';
  clearInterval(ticker);
  const result: WindowResult = { elapsedMs, sent, acked, errors, replies, outstanding: sent - acked, disconnects, latency: summary(latencies) };
  return { type: 'window', result };
}

function handle(command: LoadCommand): Promise<LoadReply> | LoadReply {
  switch (command.type) {
    case 'connect':
      return connect(command);
    case 'start':
      mode = command.mode;
      if (command.mode === 'interval') startInterval(command.intervalMs);
      else for (const socket of sockets) send(socket);
      return { type: 'started' };
    case 'window:start':
      sent = acked = replies = 0;
      errors = {};
      latencies = [];
      inFlight.clear();
      windowStarted = performance.now();
      measuring = true;
      return { type: 'window:started' };
    case 'window:end':
      return endWindow();
    case 'close':
      mode = 'idle';
      clearInterval(ticker);
      for (const socket of sockets.splice(0)) socket.close();
      return { type: 'closed' };
  }
}

process.on('message', (command) => {
  Promise.resolve()
    .then(() => handle(command as LoadCommand))
    .then(
      (reply) => process.send?.(reply),
      (error: unknown) => process.send?.({ type: 'failed', message: String(error) } satisfies LoadReply),
    );
});
process.send?.({ type: 'ready' } satisfies LoadReply);
// Without its parent there is nobody to report to: a crashed bench must not leave 10,000 sockets open.
process.on('disconnect', () => process.exit(0));
