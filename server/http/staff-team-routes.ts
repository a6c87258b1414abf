import { Router } from 'express';
import { AppError, parseOrThrow } from '../errors/app-error.js';
import { requireSiteRole } from '../staff/site-role.js';
import type { StaffDeps } from '../staff/staff-deps.js';
import { inviteSchema, roleBodySchema } from '../staff/staff-input.js';
import { changeRole, checkInviter, inviteMember, listTeam, removeMember } from '../staff/team.js';
import { staffOf } from './staff-guard.js';

/** Owners and managers see, invite, re-role and remove the people of their site (docs/staff-api.md). Behind `staffGuard`. */
export function staffTeamRoutes(deps: StaffDeps): Router {
  const router = Router();

  router.get('/v1/staff/sites/:siteId/team', async (req, res) => {
    requireSiteRole(staffOf(res), req.params.siteId, 'manager');
    res.json({ members: await listTeam(deps, req.params.siteId) });
  });

  router.post('/v1/staff/sites/:siteId/team', async (req, res) => {
    const actor = staffOf(res);
    const { siteId } = req.params;
    // Membership first: a stranger to the site learns nothing, not even what a valid body looks like.
    requireSiteRole(actor, siteId, 'manager');
    const body = parseOrThrow(inviteSchema, req.body, 'invitation');
    checkInviter(actor, siteId, body.role);
    const site = await deps.store.sites.byId(siteId);
    if (!site) throw new AppError('NOT_FOUND', 'No such site.');
    res.status(201).json({ member: await inviteMember(deps, site, body, actor) });
  });

  router.patch('/v1/staff/sites/:siteId/team/:staffId', async (req, res) => {
    const by = requireSiteRole(staffOf(res), req.params.siteId, 'manager');
    const { role } = parseOrThrow(roleBodySchema, req.body, 'role change');
    res.json({ member: await changeRole(deps, req.params.siteId, req.params.staffId, role, by) });
  });

  router.delete('/v1/staff/sites/:siteId/team/:staffId', async (req, res) => {
    const role = requireSiteRole(staffOf(res), req.params.siteId, 'manager');
    await removeMember(deps, req.params.siteId, req.params.staffId, role);
    res.status(204).end();
  });

  return router;
}
