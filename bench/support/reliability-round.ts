import { chown, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createSite } from '../../server/sites/site-service.js';
import type { SiteSettings } from '../../server/sites/site-input.js';
import { openEmbeddedStore } from '../../server/store/embedded/open-embedded-store.js';
import { startCathy, type Child } from './processes.js';
import { ORIGIN, shop, type ShopperRecord, type Target } from './shopper.js';

export interface Tally {
  round: string;
  acked: number;
  lost: number;
  leads: number;
  /** Shoppers whose phone message was acknowledged but who have no lead. */
  phonesWithoutLead: number;
  leadsWithoutDelivery: number;
  duplicates: number;
}

export interface Round {
  target: Target;
  records: ShopperRecord[];
  child: Child;
  /** Sends `count` shoppers at once, each with its own phone number; resolves when all are done. */
  shoppers(count: number): Promise<void>;
  /** Resolves once this many messages have been acknowledged in all. */
  ackedAtLeast(count: number): Promise<void>;
  kill(): Promise<void>;
  restart(): Promise<void>;
  /** Waits until no delivery is pending or being sent, then stops the server and counts from the files. */
  finish(round: string, duplicatesSeen: number): Promise<Tally>;
  dataDir: string;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let phones = 0;

/** A fresh data directory with one site, and the server from source on it as a child process. */
export async function startRound(site: Partial<SiteSettings>, env: Record<string, string>, user?: { uid: number; gid: number }): Promise<Round> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cathy-reliability-'));
  const store = await openEmbeddedStore(dataDir);
  // The bench's webhook receiver listens on loopback, which only an explicit operator allowance permits.
  const created = await createSite(
    store,
    { name: 'Bench Motors', allowedOrigins: [ORIGIN], leadRecipients: ['sales@bench.example'], ...site },
    { allowPrivateWebhook: true },
  );
  await store.close();
  if (user) {
    for (const entry of ['', ...(await readdir(dataDir))]) await chown(path.join(dataDir, entry), user.uid, user.gid);
  }
  const serverEnv = { DELIVERY_RETRY_BASE_MS: '200', DELIVERY_RETRY_MAX_MS: '2000', LOG_LEVEL: 'silent', WEBHOOK_ALLOW_PRIVATE: '1', ...env };
  let child = await startCathy(dataDir, serverEnv, 'source', user);
  const target: Target = { url: `http://127.0.0.1:${child.port}` };
  const records: ShopperRecord[] = [];
  const ackedTotal = () => records.reduce((sum, r) => sum + r.acked.length, 0);
  const api = async <T>(route: string): Promise<T> =>
    (await (await fetch(`${target.url}${route}`, { headers: { authorization: `Bearer ${created.secretKey}` } })).json()) as T;

  const round: Round = {
    target,
    records,
    dataDir,
    get child() {
      return child;
    },
    async shoppers(count) {
      const deadline = Date.now() + 180_000;
      await Promise.all(
        Array.from({ length: count }, () => {
          const record: ShopperRecord = { acked: [], phoneAcked: false };
          records.push(record);
          phones += 1;
          return shop(target, created.site.publicKey, `(305) 814-${String(3000 + phones).padStart(4, '0')}`, record, deadline);
        }),
      );
    },
    async ackedAtLeast(count) {
      while (ackedTotal() < count) await pause(20);
    },
    async kill() {
      const exited = new Promise((resolve) => child.process.once('exit', resolve));
      child.process.kill('SIGKILL');
      await exited;
    },
    async restart() {
      child = await startCathy(dataDir, serverEnv, 'source', user);
      target.url = `http://127.0.0.1:${child.port}`;
    },
    async finish(name, duplicatesSeen) {
      for (let waited = 0; waited < 120_000; waited += 250) {
        const [pending, processing] = await Promise.all(
          ['pending', 'processing'].map((status) => api<{ deliveries?: unknown[] }>(`/v1/deliveries?status=${status}&limit=100`)),
        );
        if (pending?.deliveries?.length === 0 && processing?.deliveries?.length === 0) break;
        await pause(250);
      }
      await child.stop();
      const tallied = await openEmbeddedStore(dataDir);
      try {
        const acked = records.flatMap((r) => r.acked);
        const found = await Promise.all(acked.map((id) => tallied.messages.byId(id)));
        const leads = await tallied.leads.list({ siteId: created.site.id, limit: 100_000 });
        const withLead = new Set(leads.map((lead) => lead.visitorId));
        return {
          round: name,
          acked: acked.length,
          lost: found.filter((message) => !message).length,
          leads: leads.length,
          phonesWithoutLead: records.filter((r) => r.phoneAcked && !withLead.has(r.visitorId ?? '')).length,
          leadsWithoutDelivery: leads.filter((lead) => !['delivered', 'delivered_to_file'].includes(lead.delivery.status)).length,
          duplicates: duplicatesSeen + leads.reduce((sum, lead) => sum + lead.version - 1, 0),
        };
      } finally {
        await tallied.close();
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  };
  return round;
}
