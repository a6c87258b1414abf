import { Router } from 'express';
import { z } from 'zod';
import { AppError, parseOrThrow } from '../errors/app-error.js';
import { escalationSummary } from '../escalation/escalation-summary.js';
import { requireSiteRole } from '../staff/site-role.js';
import type { Store } from '../store/store.js';
import { staffOf } from './staff-guard.js';
import { siteIdParam } from './staff-params.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The default range, ending now; and the longest asked for. */
const DEFAULT_DAYS = 30;
const MAX_DAYS = 366;

const isoTime = z.iso.datetime({ offset: true });

/** `GET /v1/staff/sites/:siteId/escalations?from&to`: ISO 8601 times, `from` before `to`, at most a year apart. */
export const escalationsQuery = z.strictObject({ from: isoTime.optional(), to: isoTime.optional() });

function rangeOf(query: z.infer<typeof escalationsQuery>, now: Date): { from: Date; to: Date } {
  const to = query.to ? new Date(query.to) : now;
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - DEFAULT_DAYS * DAY_MS);
  const problem = from >= to ? 'must be before `to`' : to.getTime() - from.getTime() > MAX_DAYS * DAY_MS ? `must be at most ${MAX_DAYS} days before \`to\`` : undefined;
  if (problem) throw new AppError('VALIDATION_ERROR', `Invalid query: from: ${problem}.`, [{ path: 'from', message: problem }]);
  return { from, to };
}

/** How a site's escalations ended (docs/staff-api.md), for any member of its team. */
export function staffEscalationRoutes(deps: { store: Store; now: () => Date }): Router {
  const router = Router();
  router.get('/v1/staff/sites/:siteId/escalations', async (req, res) => {
    const siteId = parseOrThrow(siteIdParam, req.params.siteId, 'site id');
    requireSiteRole(staffOf(res), siteId);
    const { from, to } = rangeOf(parseOrThrow(escalationsQuery, req.query, 'query'), deps.now());
    res.json(await escalationSummary(deps.store, siteId, from, to));
  });
  return router;
}
