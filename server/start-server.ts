import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createApp, type App } from './app.js';
import type { Config } from './config/env.js';
import type { Responder } from './conversation/responder.js';
import type { UnansweredSweep } from './conversation/unanswered-sweep.js';
import { startDelivery, type Delivery, type DeliveryOptions } from './delivery/start-delivery.js';
import { startLeadUpdates, type LeadUpdates } from './leads/lead-updates.js';
import { startLedgerWatch, type LedgerWatch } from './leads/ledger-watch.js';
import { recoverPendingJobs } from './leads/outbox-relay.js';
import type { Logger } from './logging/logger.js';
import { createLeadLinks } from './security/lead-link.js';
import { ensureDemoSite } from './sites/demo-site.js';
import { backfillActivity } from './workspace/backfill-activity.js';
import { ensureDemoStaff } from './staff/demo-staff.js';
import { openStore } from './store/open-store.js';
import type { Store } from './store/store.js';

export interface RunningServer {
  config: Config;
  app: App;
  store: Store;
  /** The lead handoff: mailer and outbox worker. */
  delivery: Delivery;
  /** Answers visitor messages whose reply, and so whose lead, an earlier stop or a failed write lost. */
  unanswered: UnansweredSweep;
  /** The periodic "no lost lead" check (see leads/ledger-watch.ts). */
  ledger: LedgerWatch;
  /** Debounced `lead.updated` deliveries (see leads/lead-updates.ts). */
  leadUpdates: LeadUpdates;
  url: string;
  port: number;
  /** The demo site's secret key, when this start created it; shown once. */
  demoSecretKey?: string;
  /** The demo site's owner in the workspace (`/console/`), when this start created it; the password is shown once. */
  demoStaff?: { email: string; password: string };
  /** Graceful: stop accepting, finish in-flight replies and writes, close the store. */
  stop(): Promise<void>;
}

const SECRET_KEY = 'visitorTokenSecret';

/** Opens the store, prepares first-run data, and listens. */
export async function startServer(
  config: Config,
  logger: Logger,
  options: { responder?: Responder; delivery?: DeliveryOptions } = {},
): Promise<RunningServer> {
  const store = await openStore({ mongoUri: config.mongoUri, dataDir: config.dataDir });
  try {
    const secret = config.secret ?? (await store.meta.setIfAbsent(SECRET_KEY, randomBytes(32).toString('base64url')));
    const demo = await ensureDemoSite(store);
    if (demo.created) logger.info({ publicKey: 'pk_demo' }, 'created the demo site');
    const demoStaff = await ensureDemoStaff(store, new Date());
    const recovered = await recoverPendingJobs(store);
    if (recovered > 0) logger.info({ recovered }, 'relayed lead jobs left by an earlier stop');
    // Once, on the first start after an upgrade: conversations from before the inbox get their activity.
    await backfillActivity(store, logger);
    const app = createApp({ config, store, logger, secret, responder: options.responder });
    await new Promise<void>((resolve, reject) => {
      app.httpServer.once('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EADDRINUSE' && error.code !== 'EACCES') return reject(error);
        const why = error.code === 'EADDRINUSE' ? 'is already in use (another Cathy server?)' : 'needs privileges this process lacks';
        reject(new Error(`[Cathy] Failed to start: port ${config.port} on ${config.host} ${why}. Stop the other server or set PORT to a free port.`));
      });
      app.httpServer.listen(config.port, config.host, () => resolve());
    });
    const { port } = app.httpServer.address() as AddressInfo;
    const delivery = startDelivery(config, store, logger, app.metrics, createLeadLinks(secret), {
      ...options.delivery,
      onLeadDelivery: (job) => app.leadChanged(job.leadId),
    });
    app.reportOutbox(delivery.worker.health);
    const unanswered = app.engine.sweepUnanswered();
    app.escalations.sweep();
    const leadUpdates = startLeadUpdates({ store, logger, settings: config.leadUpdates, now: () => new Date() });
    const ledger = startLedgerWatch({ store, logger, metrics: app.metrics, now: () => new Date() });
    const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
    return {
      config,
      app,
      store,
      delivery,
      unanswered,
      ledger,
      leadUpdates,
      port,
      demoSecretKey: demo.secretKey,
      ...(demoStaff ? { demoStaff } : {}),
      url: `http://${host}:${port}`,
      async stop() {
        ledger.stop();
        await unanswered.stop();
        await app.close();
        await leadUpdates.stop();
        await delivery.stop();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
