import { Router } from 'express';
import type { WorkerHealth } from '../delivery/worker-watchdog.js';
import type { Metrics } from '../metrics/metrics.js';
import type { Store } from '../store/store.js';

export interface OpsDeps {
  store: Store;
  metrics: Metrics;
  llmMode: 'offline' | 'openai';
  mailMode: 'smtp' | 'file';
  isShuttingDown: () => boolean;
  /** The outbox worker's health, once it runs (it starts after the server listens). */
  outbox: () => Promise<WorkerHealth> | undefined;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function opsRoutes(deps: OpsDeps): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const store = await deps.store.ping().then(
      () => ({ status: 'ok' as const, kind: deps.store.kind }),
      (error: unknown) => ({ status: 'down' as const, kind: deps.store.kind, reason: reasonOf(error) }),
    );
    // A store that cannot be read cannot say what is due; the store field already reports that.
    const outbox = store.status === 'ok' ? await deps.outbox()?.catch(() => undefined) : undefined;
    const ready = store.status === 'ok' && outbox?.status !== 'stalled' && !deps.isShuttingDown();
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'not_ready',
      store,
      ...(outbox && { outbox }),
      llm: { mode: deps.llmMode },
      mail: { mode: deps.mailMode },
    });
  });
  router.get('/metrics', async (_req, res) => {
    res.setHeader('Content-Type', deps.metrics.registry.contentType);
    res.send(await deps.metrics.registry.metrics());
  });
  return router;
}
