import { randomUUID } from 'node:crypto';
import type { Logger } from '../logging/logger.js';
import type { OutboxJob, OutboxJobRecord } from '../store/records.js';
import { isLeadJob } from '../store/outbox-reads.js';
import type { OutboxRepo, Store } from '../store/store.js';
import { retryDelay, type BackoffSettings } from './backoff.js';
import type { DeliveryOutcome } from './deliver-job.js';
import { startClaimLoop } from './claim-loop.js';
import { refreshLeadDelivery } from './lead-delivery-status.js';
import { startWatchdog, type WorkerHealth } from './worker-watchdog.js';

export interface WorkerSettings extends BackoffSettings {
  /** A job still failing this long after it was written (or retried by hand) becomes a dead letter. */
  maxAgeMs: number;
  /** How long a claim lasts; a worker that dies mid-send loses the job to another after this. */
  leaseMs?: number;
  /** How often to look for due retries and expired leases when nothing wakes the worker. */
  pollMs?: number;
  /** Jobs sent at once, so one slow webhook does not hold up the emails. */
  concurrency?: number;
  /** How often the watchdog checks the claim loop (see worker-watchdog.ts). */
  watchdogMs?: number;
  /** A claim loop that has not begun a turn for this long while jobs are due and there is room is stalled. */
  stallMs?: number;
}

export interface WorkerDeps {
  store: Store;
  deliver: (job: OutboxJob) => Promise<DeliveryOutcome>;
  logger: Logger;
  settings: WorkerSettings;
  /** Lease owner; random per process by default. */
  id?: string;
  now?: () => Date;
  random?: () => number;
  /** Told about every attempt's outcome, e.g. for metrics. */
  onOutcome?: (job: OutboxJob, outcome: 'delivered' | 'retry' | 'failed' | 'superseded', at: Date) => void;
  /** Told each time the watchdog found the claim loop stalled and restarted it, e.g. for metrics. */
  onRestart?: () => void;
  /** Told once a lead's delivery status is in line with a finished job, e.g. to refresh the workspace. */
  onLeadDelivery?: (job: OutboxJobRecord) => void;
}

export interface DeliveryWorker {
  readonly id: string;
  /** Looks for due jobs now, e.g. right after a lead wrote some. */
  wake(): void;
  /** Whether due jobs are being picked up; `/readyz` reports it. */
  health(): Promise<WorkerHealth>;
  /** Stops claiming, lets sends in progress finish and record their result. */
  stop(): Promise<void>;
}

/** Sends and webhook timeouts stay well under this (see mailer.ts, webhook.ts). */
const DEFAULT_LEASE_MS = 60_000;
/**
 * Renewals per lease: a send that is still going keeps its job even past one lease, and a renewal that is
 * late by up to two thirds of a lease (a stalled event loop, another worker's clock running ahead) still
 * lands in time.
 */
const RENEWALS_PER_LEASE = 3;
const DEFAULT_POLL_MS = 1_000;
const MAX_SILENT_ATTEMPTS = 3;

type Finish = Parameters<OutboxRepo['finish']>[2];

function outcomeOf(patch: Finish): 'delivered' | 'retry' | 'failed' | 'superseded' {
  const { status } = patch;
  return status === 'delivered' || status === 'failed' || status === 'superseded' ? status : 'retry';
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

/**
 * The outbox worker: claims due jobs with a lease, sends them, and records the result only while it still
 * holds the lease. A failed attempt is retried with exponential backoff and jitter; once the job is older
 * than `maxAgeMs` it is marked `failed` (a dead letter kept for the API's retry, never deleted).
 */
export function startDeliveryWorker(deps: WorkerDeps): DeliveryWorker {
  const { store, logger, settings } = deps;
  const id = deps.id ?? `worker-${randomUUID()}`;
  const now = deps.now ?? (() => new Date());
  const leaseMs = settings.leaseMs ?? DEFAULT_LEASE_MS;
  const concurrency = settings.concurrency ?? 4;
  const inFlight = new Set<Promise<void>>();
  const retryTimers = new Set<NodeJS.Timeout>();
  let running = true;

  function failure(job: OutboxJob, error: unknown): Finish {
    const at = now();
    const lastError = errorText(error);
    if (at.getTime() - (job.retriedAt ?? job.createdAt).getTime() >= settings.maxAgeMs) {
      logger.error({ jobId: job.id, kind: job.kind, attempts: job.attempts, err: lastError }, 'delivery gave up: dead letter');
      return { status: 'failed', lastError };
    }
    const delay = retryDelay(job.attempts, settings, deps.random);
    const nextAttemptAt = new Date(at.getTime() + delay);
    wakeAfter(delay);
    logger.warn({ jobId: job.id, kind: job.kind, attempts: job.attempts, nextAttemptAt, err: lastError }, 'delivery failed; will retry');
    return { status: 'pending', nextAttemptAt, lastError };
  }

  function finishOf(job: OutboxJob, outcome: DeliveryOutcome): Finish {
    if (outcome.status === 'delivered') {
      logger.info({ jobId: job.id, kind: job.kind, attempts: job.attempts }, 'delivered');
      // Staff mail holds a one-time link: once sent, the outbox keeps no copy.
      const dropMail = job.kind === 'email.staff' ? { mail: undefined } : {};
      return { status: 'delivered', deliveredAt: now(), deliveredTo: outcome.deliveredTo, lastError: undefined, ...dropMail };
    }
    if (outcome.status === 'superseded') return { status: 'superseded', deliveredTo: outcome.reason };
    logger.error({ jobId: job.id, kind: job.kind, reason: outcome.reason }, 'delivery cannot succeed: dead letter');
    return { status: 'failed', lastError: outcome.reason };
  }

  /** Keeps the lease while the send runs; a worker that dies stops renewing, and the lease runs out. */
  function holdLease(job: OutboxJob): () => void {
    const renewal = setInterval(() => {
      store.outbox.renew(job.id, id, new Date(now().getTime() + leaseMs)).then(
        (held) => {
          if (held) return;
          clearInterval(renewal);
          logger.warn({ jobId: job.id }, 'lost the lease on a delivery while sending it');
        },
        (error: unknown) => logger.warn({ jobId: job.id, err: errorText(error) }, 'could not renew a delivery lease'),
      );
    }, leaseMs / RENEWALS_PER_LEASE);
    renewal.unref();
    return () => clearInterval(renewal);
  }

  async function attempt(job: OutboxJob): Promise<Finish> {
    // Earlier claims that never recorded a result: a job that kills or hangs its worker every time would
    // otherwise be claimed forever, since only a recorded failure counts toward the maximum age.
    const silent = job.attempts - 1 - (job.reportedAttempts ?? 0);
    if (silent >= MAX_SILENT_ATTEMPTS) {
      logger.error({ jobId: job.id, kind: job.kind, attempts: job.attempts }, 'delivery never finished: dead letter');
      return { status: 'failed', lastError: `${silent} attempts ended without a result (the worker stopped or hung)` };
    }
    const release = holdLease(job);
    return deps
      .deliver(job)
      .then(
        (outcome) => finishOf(job, outcome),
        (error: unknown) => failure(job, error),
      )
      .finally(release);
  }

  async function run(job: OutboxJob): Promise<void> {
    const patch: Finish = { ...(await attempt(job)), reportedAttempts: job.attempts };
    try {
      if (!(await store.outbox.finish(job.id, id, patch))) {
        logger.warn({ jobId: job.id }, 'lost the lease on a delivery; another worker owns it now');
        return;
      }
      deps.onOutcome?.(job, outcomeOf(patch), now());
      if (isLeadJob(job)) {
        await refreshLeadDelivery(store, job, now);
        deps.onLeadDelivery?.(job);
      }
    } catch (error) {
      // The lease runs out and another claim retries the job: a repeat the Message-ID / event id make harmless.
      logger.error({ jobId: job.id, err: errorText(error) }, 'could not record a delivery result');
    }
  }

  /** Claims until the worker is full or nothing is due; stops handing out work once `current` turns false. */
  async function turn(current: () => boolean): Promise<void> {
    while (current() && inFlight.size < concurrency) {
      const job = await store.outbox.claim(id, now(), leaseMs);
      if (!job) return;
      // Sent even if this loop was replaced meanwhile: the job is leased to this worker now.
      const task: Promise<void> = run(job).finally(() => {
        inFlight.delete(task);
        loop.wake();
      });
      inFlight.add(task);
    }
  }

  /** Retries sooner than the next poll are not left waiting for it. */
  function wakeAfter(delayMs: number): void {
    if (delayMs >= (settings.pollMs ?? DEFAULT_POLL_MS)) return;
    const timer = setTimeout(() => {
      retryTimers.delete(timer);
      wake();
    }, delayMs + 1);
    timer.unref();
    retryTimers.add(timer);
  }

  function wake(): void {
    if (running) loop.wake();
  }

  const loop = startClaimLoop({
    turn,
    hasRoom: () => inFlight.size < concurrency,
    clock: () => now().getTime(),
    onError: (error) => logger.error({ err: errorText(error) }, 'outbox claim failed; trying again at the next poll'),
  });
  const timer = setInterval(wake, settings.pollMs ?? DEFAULT_POLL_MS);
  timer.unref();
  const watchdog = startWatchdog({ store, logger, loop, now, inFlight: () => inFlight.size, concurrency, settings, onRestart: deps.onRestart });

  return {
    id,
    wake,
    health: watchdog.health,
    async stop() {
      running = false;
      clearInterval(timer);
      watchdog.stop();
      for (const retry of retryTimers) clearTimeout(retry);
      await loop.stop();
      await Promise.all(inFlight);
    },
  };
}
