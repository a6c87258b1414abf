import { Router } from 'express';
import type { EventHub } from '../conversation/event-hub.js';
import { retryDelivery } from '../delivery/retry-delivery.js';
import { AppError, parseOrThrow } from '../errors/app-error.js';
import { changePipeline } from '../leads/lead-pipeline.js';
import { requireSiteRole } from '../staff/site-role.js';
import type { Store } from '../store/store.js';
import { toLead } from '../wire/dto.js';
import { toDeliveryView } from '../wire/staff-dto.js';
import { announceLeadChange } from '../workspace/announce-lead-change.js';
import { leadPipelinePatchSchema } from '../../sdk/protocol/schemas.js';
import { sendLeadsCsv } from './leads-export.js';
import { jobId, leadId } from './request-params.js';
import { staffOf } from './staff-guard.js';
import { siteIdParam, staffLeadsQuery } from './staff-params.js';

export interface StaffLeadDeps {
  store: Store;
  hub: EventHub;
  now: () => Date;
}

/**
 * The lead pipeline, deliveries and CSV export for the workspace (docs/staff-api.md), behind the staff guard.
 * A lead or delivery of a site the person is not on answers NOT_FOUND; the export needs manager or owner.
 */
export function staffLeadRoutes(deps: StaffLeadDeps): Router {
  const router = Router();
  const { store, hub } = deps;

  router.get('/v1/staff/sites/:siteId/leads', async (req, res) => {
    const siteId = parseOrThrow(siteIdParam, req.params.siteId, 'site id');
    requireSiteRole(staffOf(res), siteId);
    const { stage, limit } = parseOrThrow(staffLeadsQuery, req.query, 'query');
    const leads = await store.leads.list({ siteId, stage, limit });
    res.json({ leads: leads.map(toLead) });
  });

  router.get('/v1/staff/sites/:siteId/leads/export.csv', async (req, res) => {
    const siteId = parseOrThrow(siteIdParam, req.params.siteId, 'site id');
    requireSiteRole(staffOf(res), siteId, 'manager');
    await sendLeadsCsv(store, siteId, req.query, res);
  });

  router.patch('/v1/staff/leads/:id', async (req, res) => {
    const principal = staffOf(res);
    const id = parseOrThrow(leadId, req.params.id, 'lead id');
    const found = await store.leads.byId(id);
    if (!found) throw new AppError('NOT_FOUND', 'No such lead.');
    requireSiteRole(principal, found.siteId);
    const patch = parseOrThrow(leadPipelinePatchSchema, req.body, 'pipeline change');
    const lead = await changePipeline(store, { siteId: found.siteId, leadId: id, patch, now: deps.now(), staffId: principal.staffId });
    if (!lead) throw new AppError('NOT_FOUND', 'No such lead.');
    announceLeadChange(hub, lead);
    res.json({ lead: toLead(lead) });
  });

  router.post('/v1/staff/deliveries/:jobId/retry', async (req, res) => {
    const id = parseOrThrow(jobId, req.params.jobId, 'delivery id');
    const job = await store.outbox.byId(id);
    if (!job) throw new AppError('NOT_FOUND', 'No such delivery.');
    requireSiteRole(staffOf(res), job.siteId);
    const delivery = await retryDelivery(store, job.siteId, id, deps.now());
    const lead = await store.leads.byId(job.leadId);
    if (lead) announceLeadChange(hub, lead);
    res.json({ delivery: toDeliveryView(delivery) });
  });

  return router;
}
