import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logging/logger.js';
import { makeConversation, makeJob, makeLead, makeVisitor } from '../store/contract/fixtures.js';
import { openEmbeddedStore } from '../store/embedded/open-embedded-store.js';
import type { Store } from '../store/store.js';
import { eventually } from '../test/support/lead.js';
import { startDeliveryWorker, type DeliveryWorker, type WorkerSettings } from './worker.js';

const settings: WorkerSettings = { maxAgeMs: 60_000, retryBaseMs: 20, retryMaxMs: 40, pollMs: 20, stallMs: 150 };

let unblock: () => void = () => undefined;

/** The store with a claim that hangs the first time, as a hung database call would, until `unblock()`. */
function withHungFirstClaim(store: Store): Store {
  let calls = 0;
  const hung = new Promise<null>((resolve) => (unblock = () => resolve(null)));
  const outbox = {
    ...store.outbox,
    claim: (...args: Parameters<Store['outbox']['claim']>) => (++calls === 1 ? hung : store.outbox.claim(...args)),
  };
  return { ...store, outbox };
}

describe('the outbox watchdog', () => {
  let dir: string;
  let store: Store;
  let worker: DeliveryWorker | undefined;
  const lead = makeLead(makeConversation(makeVisitor('site-1')));
  const job = makeJob(lead, { nextAttemptAt: new Date() });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cathy-watchdog-'));
    store = await openEmbeddedStore(dir);
    await store.leads.save(lead);
    await store.outbox.insertMissing([job]);
  });
  afterEach(async () => {
    unblock();
    await worker?.stop();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reports the worker stalled while jobs are due and its claim loop does not move', async () => {
    worker = startDeliveryWorker({
      store: withHungFirstClaim(store),
      logger: createLogger('silent'),
      deliver: async () => ({ status: 'delivered', deliveredTo: 'smtp:x 250' }),
      settings: { ...settings, watchdogMs: 600_000 },
    });

    const health = await eventually(() => worker!.health(), (h) => h.status === 'stalled');
    expect(health).toMatchObject({ inFlight: 0, restarts: 0 });
    expect(health.oldestDueSeconds).toBeGreaterThanOrEqual(0.15);
  });

  it('logs, counts and restarts a stalled claim loop, and the due jobs go out', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    let restarts = 0;
    worker = startDeliveryWorker({
      store: withHungFirstClaim(store),
      logger: createLogger('info', sink),
      deliver: async () => ({ status: 'delivered', deliveredTo: 'smtp:x 250' }),
      settings: { ...settings, watchdogMs: 50 },
      onRestart: () => (restarts += 1),
    });

    await eventually(() => store.outbox.byId(job.id), (stored) => stored?.status === 'delivered');
    expect(restarts).toBe(1);
    expect(await worker.health()).toMatchObject({ status: 'ok', restarts: 1, oldestDueSeconds: 0 });
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 50, msg: 'outbox worker stalled with lead deliveries due; restarting its claim loop', restarts: 1 }),
    );
  });

  it('leaves a worker alone whose slots are all busy with slow sends', async () => {
    const more = (['email.adf', 'webhook'] as const).map((kind) => makeJob(lead, { kind, nextAttemptAt: new Date() }));
    await store.outbox.insertMissing(more);
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let sending = 0;
    worker = startDeliveryWorker({
      store,
      logger: createLogger('silent'),
      deliver: async () => {
        sending += 1;
        await released;
        return { status: 'delivered', deliveredTo: 'smtp:x 250' };
      },
      settings: { ...settings, concurrency: 2, watchdogMs: 600_000 },
    });
    await eventually(async () => sending, (n) => n === 2);
    const health = await eventually(() => worker!.health(), (h) => h.oldestDueSeconds > 0.3);
    release();
    expect(health).toMatchObject({ status: 'ok', inFlight: 2, restarts: 0 });
  });
});
