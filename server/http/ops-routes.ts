import { Router } from 'express';
import type { Metrics } from '../metrics/metrics.js';
import type { Store } from '../store/store.js';

export interface OpsDeps {
  store: Store;
  metrics: Metrics;
  llmMode: 'offline' | 'openai';
  mailMode: 'smtp' | 'file';
  isShuttingDown: () => boolean;
}

export function opsRoutes(deps: OpsDeps): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const store = await deps.store.ping().then(
      () => ({ status: 'ok' as const, kind: deps.store.kind }),
      () => ({ status: 'down' as const, kind: deps.store.kind }),
    );
    const ready = store.status === 'ok' && !deps.isShuttingDown();
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'not_ready',
      store,
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
