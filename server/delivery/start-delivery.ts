import type { Config } from '../config/env.js';
import { onJobsQueued } from '../leads/outbox-relay.js';
import type { Logger } from '../logging/logger.js';
import type { Metrics } from '../metrics/metrics.js';
import type { LeadLinks } from '../security/lead-link.js';
import type { OutboxJobRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { deliverJob } from './deliver-job.js';
import { createMailer, type Mailer } from './mailer.js';
import { startDeliveryWorker, type DeliveryWorker } from './worker.js';

export interface Delivery {
  mailer: Mailer;
  worker: DeliveryWorker;
  /** Lets sends in progress finish; call before closing the store. */
  stop(): Promise<void>;
}

export interface DeliveryOptions {
  /** For tests: a shorter lease, poll or watchdog period. */
  leaseMs?: number;
  pollMs?: number;
  watchdogMs?: number;
  stallMs?: number;
  /** Told once a lead's delivery status follows a finished job (the workspace shows it live). */
  onLeadDelivery?: (job: OutboxJobRecord) => void;
}

/**
 * Starts the lead handoff: a mailer from `SMTP_URL` (or .eml files), and a worker that wakes as soon as a
 * lead writes jobs and polls for retries.
 */
export function startDelivery(
  config: Config,
  store: Store,
  logger: Logger,
  metrics: Metrics,
  leadLinks: LeadLinks,
  options: DeliveryOptions = {},
): Delivery {
  const { onLeadDelivery, ...timing } = options;
  const host = new URL(config.publicUrl).hostname;
  const mailer = createMailer({
    smtpUrl: config.smtpUrl,
    dataDir: config.dataDir,
    from: config.mailFrom ?? `Cathy Chat <cathy@${host}>`,
    messageIdHost: host,
  });
  const worker = startDeliveryWorker({
    store,
    logger,
    deliver: (job) =>
      deliverJob({ store, mailer, publicUrl: config.publicUrl, allowPrivateWebhooks: config.webhookAllowPrivate, leadLinks }, job),
    settings: { ...config.delivery, ...timing },
    onOutcome: (job, outcome, at) => {
      metrics.deliveries.inc({ kind: job.kind, outcome });
      if (outcome === 'delivered') metrics.handoff.observe({ kind: job.kind }, (at.getTime() - job.createdAt.getTime()) / 1000);
    },
    onRestart: () => metrics.workerRestarts.inc(),
    onLeadDelivery,
  });
  const unsubscribe = onJobsQueued(store, worker.wake);
  mailer.removeLeftovers().then(
    (removed) => removed > 0 && logger.info({ removed }, 'removed half-written mail files an earlier crash left'),
    (error: unknown) => logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'could not remove half-written mail files'),
  );
  // A down SMTP server must not stop the chat: leads wait in the outbox and go out once it answers.
  mailer.verify().catch((error: unknown) => {
    logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'mail server not reachable yet; lead emails wait in the outbox');
  });
  return {
    mailer,
    worker,
    async stop() {
      unsubscribe();
      await worker.stop();
      mailer.close();
    },
  };
}
