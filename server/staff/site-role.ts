import { STAFF_ROLES, type StaffRole } from '../../sdk/protocol/index.js';
import { AppError } from '../errors/app-error.js';
import type { StaffPrincipal } from './staff-principal.js';

/** Owner above manager above salesperson: `STAFF_ROLES` lists them from the top. */
export function roleAtLeast(role: StaffRole, min: StaffRole): boolean {
  return STAFF_ROLES.indexOf(role) <= STAFF_ROLES.indexOf(min);
}

/**
 * The principal's role at the site. Throws NOT_FOUND when they have no membership of it (another dealer's site
 * must not even be confirmed to exist), FORBIDDEN when the role is below `min`.
 *
 * @example
 * const role = requireSiteRole(staffOf(res), req.params.siteId, 'manager');
 */
export function requireSiteRole(p: StaffPrincipal, siteId: string, min: StaffRole = 'salesperson'): StaffRole {
  const membership = p.memberships.find((m) => m.siteId === siteId);
  if (!membership) throw new AppError('NOT_FOUND', 'No such site.');
  if (!roleAtLeast(membership.role, min)) {
    throw new AppError('FORBIDDEN', `This needs the ${min} role or above on the site; you are ${membership.role}.`);
  }
  return membership.role;
}
