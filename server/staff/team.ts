import type { InviteBody, StaffRole, TeamMember } from '../../sdk/protocol/index.js';
import { createKeyedQueue } from '../concurrency/keyed-queue.js';
import { AppError } from '../errors/app-error.js';
import type { SiteRecord } from '../store/records.js';
import type { StaffRecord } from '../store/staff-records.js';
import { requireSiteRole } from './site-role.js';
import { addMember } from './staff-accounts.js';
import type { StaffDeps } from './staff-deps.js';
import { issueLink, queueStaffMail } from './staff-links.js';
import type { StaffPrincipal } from './staff-principal.js';

export function toTeamMember(staff: StaffRecord, siteId: string): TeamMember | null {
  const membership = staff.memberships.find((m) => m.siteId === siteId);
  if (!membership) return null;
  return {
    id: staff.id,
    email: staff.email,
    name: staff.name,
    role: membership.role,
    status: staff.passwordHash ? 'active' : 'invited',
    ...(membership.invitedAt ? { invitedAt: membership.invitedAt.toISOString() } : {}),
    ...(staff.lastSignInAt ? { lastSignInAt: staff.lastSignInAt.toISOString() } : {}),
  };
}

export async function listTeam(deps: Pick<StaffDeps, 'store'>, siteId: string): Promise<TeamMember[]> {
  const staff = await deps.store.staff.listBySite(siteId);
  return staff.flatMap((s) => toTeamMember(s, siteId) ?? []);
}

/** Owners and managers invite; only an owner makes another owner. Returns nothing, throws NOT_FOUND or FORBIDDEN. */
export function checkInviter(actor: StaffPrincipal, siteId: string, role: InviteBody['role']): void {
  requireSiteRole(actor, siteId, 'manager');
  if (role === 'owner') requireSiteRole(actor, siteId, 'owner');
}

/**
 * Gives the email a membership of the site and emails them: an invitation to set a password (one-time, 72 h)
 * when they have none yet, or a note that the site was added when they already sign in for another site.
 * `inviter` is absent for the CLI. CONFLICT when they already belong to the site.
 */
export async function inviteMember(
  deps: StaffDeps,
  site: SiteRecord,
  body: InviteBody,
  inviter?: Pick<StaffPrincipal, 'name'>,
): Promise<TeamMember> {
  const now = deps.now();
  const added = await addMember(deps.store, { siteId: site.id, email: body.email, role: body.role, name: body.name, locale: site.locale, invited: true, now });
  if (!added) throw new AppError('CONFLICT', `${body.email} is already on the team of ${site.name}.`);
  const { staff } = added;
  const base = { staff, site, now, inviterName: inviter?.name };
  if (staff.passwordHash) {
    await queueStaffMail(deps.store, { ...base, event: 'staff.added', link: `${deps.publicUrl}/console/` });
  } else {
    const { url, expiresAt } = await issueLink(deps.store, { kind: 'invitation', staffId: staff.id, publicUrl: deps.publicUrl, now });
    await queueStaffMail(deps.store, { ...base, event: 'staff.invitation', link: url, expiresAt });
  }
  deps.logger.info({ staffId: staff.id, siteId: site.id, role: body.role, newAccount: !staff.passwordHash }, 'staff invited');
  const member = toTeamMember(staff, site.id);
  if (!member) throw new Error('[Cathy] Failed to invite: the membership just written is missing.');
  return member;
}

/** Owner and manager changes of one site run one at a time, so two removals cannot both take the last owner. */
const siteChanges = createKeyedQueue();

async function ownerCount(deps: Pick<StaffDeps, 'store'>, siteId: string): Promise<number> {
  const people = await deps.store.staff.listBySite(siteId);
  return people.filter((s) => s.memberships.some((m) => m.siteId === siteId && m.role === 'owner')).length;
}

/**
 * Gives a person of the site another role. Managers move people between salesperson and manager; only an owner
 * (or the operator) makes an owner or changes one, and the last owner stays an owner. REST reads the new role on
 * the person's next request; their staff sockets reconnect to pick it up.
 */
export async function changeRole(deps: StaffDeps, siteId: string, staffId: string, role: StaffRole, by: StaffRole | 'operator'): Promise<TeamMember> {
  return siteChanges.run(siteId, async () => {
    const target = await deps.store.staff.byId(staffId);
    const current = target?.memberships.find((m) => m.siteId === siteId);
    const unchanged = target && toTeamMember(target, siteId);
    if (!current || !unchanged) throw new AppError('NOT_FOUND', 'No such person on this team.');
    if (current.role === role) return unchanged;
    if ((current.role === 'owner' || role === 'owner') && by !== 'owner' && by !== 'operator') {
      throw new AppError('FORBIDDEN', 'Only an owner can make someone an owner or change an owner.');
    }
    if (current.role === 'owner' && (await ownerCount(deps, siteId)) <= 1) {
      throw new AppError('CONFLICT', 'The last owner keeps the owner role: make someone else owner first.');
    }
    const updated = await deps.store.staff.setRole(staffId, siteId, role);
    const member = updated && toTeamMember(updated, siteId);
    if (!member) throw new AppError('NOT_FOUND', 'No such person on this team.');
    deps.logger.info({ staffId, siteId, from: current.role, to: role, by }, 'staff role changed');
    deps.sessions.membershipChanged(staffId);
    return member;
  });
}

/**
 * Takes the person off the site's team. `by` is the remover's role on the site, or `operator` for the CLI run
 * by whoever runs the server. Only owners (and the operator) remove owners, and the last owner stays. The
 * person's sessions stop reaching the site at once (REST re-reads memberships on every request); with no site
 * left, their sessions end.
 */
export async function removeMember(deps: StaffDeps, siteId: string, staffId: string, by: StaffRole | 'operator'): Promise<StaffRecord> {
  return siteChanges.run(siteId, async () => {
    const target = await deps.store.staff.byId(staffId);
    const membership = target?.memberships.find((m) => m.siteId === siteId);
    if (!target || !membership) throw new AppError('NOT_FOUND', 'No such person on this team.');
    if (membership.role === 'owner') {
      if (by !== 'owner' && by !== 'operator') throw new AppError('FORBIDDEN', 'Only an owner can remove an owner.');
      if ((await ownerCount(deps, siteId)) <= 1) throw new AppError('CONFLICT', 'The last owner cannot be removed: make someone else owner first.');
    }
    const updated = await deps.store.staff.removeMembership(staffId, siteId);
    if (!updated) throw new AppError('NOT_FOUND', 'No such person on this team.');
    deps.logger.info({ staffId, siteId, by }, 'staff removed from a site');
    if (updated.memberships.length === 0) await deps.sessions.end(staffId, 'all', 'removed');
    else deps.sessions.membershipChanged(staffId);
    return updated;
  });
}
