import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { requireSiteRole } from './site-role.js';
import type { StaffPrincipal } from './staff-principal.js';

const principal: StaffPrincipal = {
  staffId: 's1',
  sessionId: 'x',
  email: 'ana@a.example',
  name: 'Ana',
  locale: 'en',
  memberships: [
    { siteId: 'a', role: 'manager' },
    { siteId: 'b', role: 'salesperson' },
  ],
  csrfToken: 't',
};

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as AppError).code;
  }
  return 'none';
};

describe('requireSiteRole', () => {
  it('returns the role when it is high enough', () => {
    expect(requireSiteRole(principal, 'a', 'manager')).toBe('manager');
    expect(requireSiteRole(principal, 'a')).toBe('manager');
    expect(requireSiteRole(principal, 'b', 'salesperson')).toBe('salesperson');
  });

  it('answers NOT_FOUND for a site the person does not belong to', () => {
    expect(codeOf(() => requireSiteRole(principal, 'c'))).toBe('NOT_FOUND');
  });

  it('answers FORBIDDEN when the role is below the minimum', () => {
    expect(codeOf(() => requireSiteRole(principal, 'b', 'manager'))).toBe('FORBIDDEN');
    expect(codeOf(() => requireSiteRole(principal, 'a', 'owner'))).toBe('FORBIDDEN');
  });
});
