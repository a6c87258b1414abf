import { Router } from 'express';
import { parseOrThrow } from '../errors/app-error.js';
import { readLedger } from '../leads/lead-ledger.js';
import { siteForSecret } from '../sites/site-access.js';
import type { Store } from '../store/store.js';
import { ledgerQuery } from './request-params.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** `GET /v1/leads/ledger`: mounted before `/v1/leads/:id`, which would take "ledger" for an id. */
export function ledgerRoutes(deps: { store: Store; now: () => Date }): Router {
  const router = Router();
  router.get('/v1/leads/ledger', async (req, res) => {
    const { id: siteId } = await siteForSecret(deps.store, req.headers.authorization);
    const query = parseOrThrow(ledgerQuery, req.query, 'query');
    const now = deps.now();
    const since = query.since ? new Date(query.since) : new Date(now.getTime() - DAY_MS);
    res.json({ conversations: await readLedger(deps.store, { siteId, since, now }) });
  });
  return router;
}
