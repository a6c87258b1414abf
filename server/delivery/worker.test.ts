import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logging/logger.js';
import { openEmbeddedStore } from '../store/embedded/open-embedded-store.js';
import type { OutboxJob, OutboxJobRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { eventually } from '../test/support/lead.js';
import type { DeliveryOutcome } from './deliver-job.js';
import { testLead } from './test-lead.js';
import { startDeliveryWorker, type DeliveryWorker, type WorkerSettings } from './worker.js';

const logger = createLogger('silent');
const settings: WorkerSettings = { maxAgeMs: 60_000, retryBaseMs: 20, retryMaxMs: 40, pollMs: 50 };

function job(leadId: string, kind: OutboxJobRecord['kind'], overrides: Partial<OutboxJobRecord> = {}): OutboxJobRecord {
  const now = new Date();
  return {
    id: `${leadId}:1:${kind}`,
    siteId: 'site-1',
    leadId,
    visitorId: 'visitor-1',
    kind,
    event: 'lead.created',
    leadVersion: 1,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

const until = (check: () => Promise<boolean>) => eventually(check, Boolean);

describe('delivery worker', () => {
  let dir: string;
  let store: Store;
  const workers: DeliveryWorker[] = [];
  const lead = testLead();

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cathy-worker-'));
    store = await openEmbeddedStore(dir);
    await store.leads.save(lead);
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.stop()));
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  const start = (deliver: (job: OutboxJob) => Promise<DeliveryOutcome>, extra: Partial<WorkerSettings> = {}) => {
    const worker = startDeliveryWorker({ store, logger, deliver, settings: { ...settings, ...extra } });
    workers.push(worker);
    return worker;
  };

  it('sends due jobs, records where they went, and marks the lead delivered', async () => {
    await store.outbox.insertMissing([job(lead.id, 'email.lead'), job(lead.id, 'webhook')]);
    const sent: string[] = [];
    start(async (j) => {
      sent.push(j.id);
      return { status: 'delivered', deliveredTo: j.kind === 'webhook' ? 'webhook:x 200' : 'smtp:x 250' };
    });

    await until(async () => (await store.leads.byId(lead.id))?.delivery.status === 'delivered');
    expect(sent.sort()).toEqual([`${lead.id}:1:email.lead`, `${lead.id}:1:webhook`]);
    expect(await store.outbox.byId(`${lead.id}:1:webhook`)).toMatchObject({ status: 'delivered', attempts: 1, deliveredTo: 'webhook:x 200' });
  });

  it('backs off after a failure and keeps the error until an attempt succeeds', async () => {
    await store.outbox.insertMissing([job(lead.id, 'email.lead')]);
    const attempts: number[] = [];
    start(async () => {
      attempts.push(Date.now());
      if (attempts.length < 3) throw new Error('421 try again later');
      return { status: 'delivered', deliveredTo: 'smtp:x 250' };
    });

    await until(async () => (await store.outbox.byId(`${lead.id}:1:email.lead`))?.status === 'delivered');
    expect(attempts).toHaveLength(3);
    expect(attempts[2]! - attempts[1]!).toBeGreaterThanOrEqual(15);
    const done = await store.outbox.byId(`${lead.id}:1:email.lead`);
    expect(done).toMatchObject({ attempts: 3 });
    expect(done).not.toHaveProperty('lastError');
  });

  it('dead-letters a job still failing past its maximum age, and never deletes it', async () => {
    const old = new Date(Date.now() - 61_000);
    await store.outbox.insertMissing([job(lead.id, 'email.lead', { createdAt: old })]);
    start(async () => {
      throw new Error('ECONNREFUSED');
    });

    await until(async () => (await store.outbox.byId(`${lead.id}:1:email.lead`))?.status === 'failed');
    expect(await store.outbox.byId(`${lead.id}:1:email.lead`)).toMatchObject({ attempts: 1, lastError: 'ECONNREFUSED' });
    await until(async () => (await store.leads.byId(lead.id))?.delivery.status === 'failed');
  });

  it('dead-letters a job whose last attempts all ended without a result, without sending it again', async () => {
    const expired = new Date(Date.now() - 1_000);
    await store.outbox.insertMissing([job(lead.id, 'webhook', { status: 'processing', attempts: 4, reportedAttempts: 1, leaseOwner: 'crashed', leaseUntil: expired })]);
    const sent: string[] = [];
    start(async (claimed) => {
      sent.push(claimed.id);
      return { status: 'delivered', deliveredTo: 'webhook' };
    });
    await until(async () => (await store.outbox.byId(`${lead.id}:1:webhook`))?.status === 'failed');
    expect(sent).toEqual([]);
    expect(await store.outbox.byId(`${lead.id}:1:webhook`)).toMatchObject({ attempts: 5, reportedAttempts: 5, lastError: expect.stringMatching(/^3 attempts ended without a result/) });
  });

  it('counts recorded results, so ordinary retries are never mistaken for crashes', async () => {
    let calls = 0;
    await store.outbox.insertMissing([job(lead.id, 'email.lead')]);
    start(async () => {
      calls += 1;
      if (calls < 5) throw new Error('ECONNREFUSED');
      return { status: 'delivered', deliveredTo: 'smtp' };
    });
    await until(async () => (await store.outbox.byId(`${lead.id}:1:email.lead`))?.status === 'delivered');
    expect(await store.outbox.byId(`${lead.id}:1:email.lead`)).toMatchObject({ attempts: 5, reportedAttempts: 5 });
  });

  it('dead-letters at once what retrying cannot fix', async () => {
    await store.outbox.insertMissing([job(lead.id, 'email.adf')]);
    start(async () => ({ status: 'failed', reason: 'the site has no ADF recipients any more' }));
    await until(async () => (await store.outbox.byId(`${lead.id}:1:email.adf`))?.status === 'failed');
  });

  it('claims again after a wake that came while every slot was busy', async () => {
    const leads = Array.from({ length: 3 }, (_, i) => testLead({ id: `01950000-0000-7000-8000-00000000020${i}` }));
    await store.outbox.insertMissing(leads.flatMap((l) => [job(l.id, 'email.lead'), job(l.id, 'webhook')]));
    const started: string[] = [];
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const worker = start(
      async (j) => {
        started.push(j.id);
        await released;
        return { status: 'delivered', deliveredTo: 'smtp:x 250' };
      },
      // No poll: only wakes move this worker, as a lead written while four sends are slow would.
      { pollMs: 600_000 },
    );
    await until(async () => started.length === 4);
    worker.wake();
    release();

    await until(async () => (await store.outbox.list({ siteId: 'site-1', status: 'delivered', limit: 100 })).length === 6);
    const later = testLead({ id: '01950000-0000-7000-8000-000000000299' });
    await store.outbox.insertMissing([job(later.id, 'email.lead')]);
    worker.wake();
    await until(async () => (await store.outbox.byId(`${later.id}:1:email.lead`))?.status === 'delivered');
  });

  it('never gives one job to two workers', async () => {
    const kinds = ['email.lead', 'email.adf', 'webhook'] as const;
    const leads = Array.from({ length: 8 }, (_, i) => testLead({ id: `01950000-0000-7000-8000-00000000010${i}` }));
    await store.outbox.insertMissing(leads.flatMap((l) => kinds.map((kind) => job(l.id, kind))));
    const sent: string[] = [];
    const deliver = async (j: OutboxJob): Promise<DeliveryOutcome> => {
      sent.push(j.id);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { status: 'delivered', deliveredTo: 'smtp:x 250' };
    };
    start(deliver);
    start(deliver);
    start(deliver);

    await until(async () => (await store.outbox.list({ siteId: 'site-1', status: 'delivered', limit: 100 })).length === 24);
    expect(sent).toHaveLength(24);
    expect(new Set(sent).size).toBe(24);
  });

  it('keeps a job whose send outlasts the lease, so a second worker never sends it again', async () => {
    await store.outbox.insertMissing([job(lead.id, 'email.lead')]);
    const jobId = `${lead.id}:1:email.lead`;
    const leaseUntil = async () => (await store.outbox.byId(jobId))?.leaseUntil?.getTime() ?? 0;
    const sent: string[] = [];
    // The send lasts until its first lease has run out and been renewed, however slow the machine: a margin of a
    // whole lease (renewals come three times per lease) instead of a race between two timers.
    const slowSend = async (j: OutboxJob): Promise<DeliveryOutcome> => {
      sent.push(j.id);
      const firstLease = await leaseUntil();
      await until(async () => Date.now() > firstLease + 100 && (await leaseUntil()) > firstLease);
      return { status: 'delivered', deliveredTo: 'smtp:x 250' };
    };
    start(slowSend, { leaseMs: 600, pollMs: 20 });
    await until(async () => sent.length === 1);
    start(slowSend, { leaseMs: 600, pollMs: 20 });

    // Only the lease holder records the result: once delivered, any second send would already be in `sent`.
    await until(async () => (await store.outbox.byId(jobId))?.status === 'delivered');
    expect(sent).toHaveLength(1);
    expect(await store.outbox.byId(`${lead.id}:1:email.lead`)).toMatchObject({ attempts: 1 });
  });

  it('finishes the send in progress when stopped, and claims nothing more', async () => {
    await store.outbox.insertMissing([job(lead.id, 'email.lead')]);
    let release: () => void = () => undefined;
    let started: () => void = () => undefined;
    const sending = new Promise<void>((resolve) => (started = resolve));
    const worker = start(async () => {
      started();
      await new Promise<void>((resolve) => (release = resolve));
      return { status: 'delivered', deliveredTo: 'smtp:x 250' };
    });
    await sending;

    const stopped = worker.stop();
    release();
    await stopped;
    expect((await store.outbox.byId(`${lead.id}:1:email.lead`))?.status).toBe('delivered');

    await store.outbox.insertMissing([job(lead.id, 'webhook')]);
    worker.wake();
    // A running worker takes the job: it was there to claim, and the stopped one did not claim it.
    const takenBy: string[] = [];
    start(async (j) => {
      takenBy.push(j.id);
      return { status: 'delivered', deliveredTo: 'smtp:x 250' };
    });
    await until(async () => (await store.outbox.byId(`${lead.id}:1:webhook`))?.status === 'delivered');
    expect(takenBy).toEqual([`${lead.id}:1:webhook`]);
  });
});
