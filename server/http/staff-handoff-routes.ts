import { Router } from 'express';
import { parseOrThrow } from '../errors/app-error.js';
import { sendAgentMessage } from '../handoff/agent-message.js';
import { handBack } from '../handoff/hand-back.js';
import type { HandoffDeps } from '../handoff/handoff-deps.js';
import type { PresenceRegistry } from '../handoff/presence.js';
import { takeOver } from '../handoff/take-over.js';
import { requireSiteRole } from '../staff/site-role.js';
import { agentMessageBody, handbackBody, takeoverBody } from './handoff-params.js';
import { staffOf } from './staff-guard.js';
import { ownedConversation } from './staff-inbox-routes.js';
import { siteIdParam } from './staff-params.js';

export interface StaffHandoffDeps extends HandoffDeps {
  presence: PresenceRegistry;
}

/**
 * Live takeover (docs/staff-api.md): take a conversation over, write to the shopper, hand it back to Cathy, and
 * who of the team is online. Behind the staff guard; another site's conversation answers NOT_FOUND. Bodies are
 * read before anything changes.
 */
export function staffHandoffRoutes(deps: StaffHandoffDeps): Router {
  const router = Router();
  const { store } = deps;

  router.post('/v1/staff/conversations/:id/takeover', async (req, res) => {
    const owned = await ownedConversation(store, res, req.params.id);
    const { force } = parseOrThrow(takeoverBody, req.body ?? {}, 'takeover');
    res.json({ holder: await takeOver(deps, { ...owned, force: force === true }) });
  });

  router.post('/v1/staff/conversations/:id/handback', async (req, res) => {
    const owned = await ownedConversation(store, res, req.params.id);
    parseOrThrow(handbackBody, req.body ?? {}, 'hand-back');
    await handBack(deps, owned);
    res.json({ ok: true });
  });

  router.post('/v1/staff/conversations/:id/messages', async (req, res) => {
    const { principal, conversation } = await ownedConversation(store, res, req.params.id);
    const body = parseOrThrow(agentMessageBody, req.body, 'message');
    const { message, created } = await sendAgentMessage(deps, { principal, conversation, body });
    res.status(created ? 201 : 200).json({ message });
  });

  router.get('/v1/staff/sites/:siteId/presence', (req, res) => {
    const siteId = parseOrThrow(siteIdParam, req.params.siteId, 'site id');
    requireSiteRole(staffOf(res), siteId);
    res.json({ staff: deps.presence.list(siteId) });
  });

  return router;
}
