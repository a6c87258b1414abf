import { Router } from 'express';
import { parseOrThrow } from '../errors/app-error.js';
import { eraseVisitor, exportVisitor } from '../privacy/visitor-privacy.js';
import { siteForSecret } from '../sites/site-access.js';
import type { Store } from '../store/store.js';
import { visitorId } from './request-params.js';

/** Privacy requests a dealer answers for its shoppers: export and erase one visitor. */
export function privacyRoutes(deps: { store: Store; dataDir: string; now?: () => Date }): Router {
  const router = Router();
  const now = deps.now ?? (() => new Date());

  router.get('/v1/visitors/:id/export', async (req, res) => {
    const site = await siteForSecret(deps.store, req.headers.authorization);
    const id = parseOrThrow(visitorId, req.params.id, 'visitor id');
    res.json(await exportVisitor(deps.store, site.id, id, now()));
  });

  router.delete('/v1/visitors/:id', async (req, res) => {
    const site = await siteForSecret(deps.store, req.headers.authorization);
    const id = parseOrThrow(visitorId, req.params.id, 'visitor id');
    const erased = await eraseVisitor(deps.store, site.id, id, { dataDir: deps.dataDir, now: now() });
    res.json({ erased: { visitorId: id, counts: erased } });
  });

  return router;
}
