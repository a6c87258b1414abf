import { Router, type Request } from 'express';
import type { EventHub } from '../conversation/event-hub.js';
import { AppError, parseOrThrow } from '../errors/app-error.js';
import { siteForSecret } from '../sites/site-access.js';
import type { Store } from '../store/store.js';
import { toConversation, toLead } from '../wire/dto.js';
import { announceLeadChange } from '../workspace/announce-lead-change.js';
import { leadPipelinePatchSchema } from '../../sdk/protocol/schemas.js';
import { changePipeline } from '../leads/lead-pipeline.js';
import { sendLeadsCsv } from './leads-export.js';
import { conversationId, leadId, leadsQuery } from './request-params.js';

const MAX_CONVERSATION_MESSAGES = 1000;

/** Server-to-server API: a site's secret key reads only that site's data. */
export function apiRoutes(deps: { store: Store; hub: EventHub }): Router {
  const router = Router();
  const site = (req: Request) => siteForSecret(deps.store, req.headers.authorization);

  router.get('/v1/leads', async (req, res) => {
    const { id: siteId } = await site(req);
    const query = parseOrThrow(leadsQuery, req.query, 'query');
    const leads = await deps.store.leads.list({
      siteId,
      since: query.since ? new Date(query.since) : undefined,
      status: query.status,
      stage: query.stage,
      limit: query.limit,
    });
    res.json({ leads: leads.map(toLead) });
  });

  router.get('/v1/leads/export.csv', async (req, res) => {
    const { id: siteId } = await site(req);
    await sendLeadsCsv(deps.store, siteId, req.query, res);
  });

  router.patch('/v1/leads/:id', async (req, res) => {
    const { id: siteId } = await site(req);
    const id = parseOrThrow(leadId, req.params.id, 'lead id');
    const patch = parseOrThrow(leadPipelinePatchSchema, req.body, 'pipeline change');
    const lead = await changePipeline(deps.store, { siteId, leadId: id, patch, now: new Date() });
    if (!lead) throw new AppError('NOT_FOUND', 'No such lead.');
    // A change from the dealer's CRM shows in the workspace at once, as one made there does.
    announceLeadChange(deps.hub, lead);
    res.json({ lead: toLead(lead) });
  });

  router.get('/v1/leads/:id', async (req, res) => {
    const { id: siteId } = await site(req);
    const lead = await deps.store.leads.byId(parseOrThrow(leadId, req.params.id, 'lead id'));
    if (!lead || lead.siteId !== siteId) throw new AppError('NOT_FOUND', 'No such lead.');
    res.json({ lead: toLead(lead) });
  });

  router.get('/v1/conversations/:id', async (req, res) => {
    const { id: siteId } = await site(req);
    const conversation = await deps.store.conversations.byId(parseOrThrow(conversationId, req.params.id, 'conversation id'));
    if (!conversation || conversation.siteId !== siteId) throw new AppError('NOT_FOUND', 'No such conversation.');
    const messages = await deps.store.messages.after(conversation.id, undefined, MAX_CONVERSATION_MESSAGES);
    res.json({ conversation: toConversation(conversation, messages) });
  });

  return router;
}
