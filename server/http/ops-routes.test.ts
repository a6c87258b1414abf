import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it } from 'vitest';
import type { WorkerHealth } from '../delivery/worker-watchdog.js';
import { createMetrics } from '../metrics/metrics.js';
import type { Store } from '../store/store.js';
import { opsRoutes } from './ops-routes.js';

const healthy: WorkerHealth = { status: 'ok', oldestDueSeconds: 0, inFlight: 0, restarts: 0 };

async function readiness(ping: Store['ping'], outbox: WorkerHealth): Promise<{ status: number; body: unknown }> {
  const store = { kind: 'embedded', ping } as Store;
  const app = express();
  app.use(opsRoutes({ store, metrics: createMetrics(), llmMode: 'offline', mailMode: 'file', isShuttingDown: () => false, outbox: async () => outbox }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/readyz`);
    return { status: res.status, body: await res.json() };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('readiness', () => {
  it('is not ready while the outbox worker is stalled, and says so', async () => {
    const stalled: WorkerHealth = { status: 'stalled', oldestDueSeconds: 42, inFlight: 0, restarts: 3 };
    const { status, body } = await readiness(async () => undefined, stalled);
    expect(status).toBe(503);
    expect(body).toMatchObject({ status: 'not_ready', store: { status: 'ok' }, outbox: stalled });
  });

  it('is not ready while the store cannot write, and gives the reason', async () => {
    const reason = '[Cathy] The embedded store cannot write to DATA_DIR (EACCES on leads.db)';
    const { status, body } = await readiness(async () => Promise.reject(new Error(reason)), healthy);
    expect(status).toBe(503);
    expect(body).toMatchObject({ status: 'not_ready', store: { status: 'down', kind: 'embedded', reason } });
  });

  it('is ready with a healthy store and outbox', async () => {
    const { status, body } = await readiness(async () => undefined, healthy);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ready', outbox: healthy });
  });
});
