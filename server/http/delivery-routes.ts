import { Router, type Request } from 'express';
import { AppError, parseOrThrow } from '../errors/app-error.js';
import { buildAdf } from '../delivery/adf.js';
import { toDelivery } from '../wire/delivery-dto.js';
import { retryDelivery } from '../delivery/retry-delivery.js';
import { siteForSecret } from '../sites/site-access.js';
import type { Store } from '../store/store.js';
import { deliveriesQuery, jobId, leadId } from './request-params.js';

/** Lead handoff for the site's own systems: its deliveries, dead letters to retry, and each lead as ADF. */
export function deliveryRoutes(deps: { store: Store; publicUrl: string; now?: () => Date }): Router {
  const router = Router();
  const site = (req: Request) => siteForSecret(deps.store, req.headers.authorization);

  router.get('/v1/deliveries', async (req, res) => {
    const { id: siteId } = await site(req);
    const query = parseOrThrow(deliveriesQuery, req.query, 'query');
    const jobs = await deps.store.outbox.list({ siteId, ...query });
    res.json({ deliveries: jobs.map(toDelivery) });
  });

  router.post('/v1/deliveries/:id/retry', async (req, res) => {
    const { id: siteId } = await site(req);
    const id = parseOrThrow(jobId, req.params.id, 'delivery id');
    const job = await retryDelivery(deps.store, siteId, id, deps.now?.() ?? new Date());
    res.json({ delivery: toDelivery(job) });
  });

  router.get('/v1/leads/:id/adf', async (req, res) => {
    const current = await site(req);
    const lead = await deps.store.leads.byId(parseOrThrow(leadId, req.params.id, 'lead id'));
    if (!lead || lead.siteId !== current.id) throw new AppError('NOT_FOUND', 'No such lead.');
    const xml = buildAdf({ lead, site: current, status: lead.version > 1 ? 'resend' : 'new', publicUrl: deps.publicUrl });
    res.type('application/xml; charset=utf-8').send(xml);
  });

  return router;
}
