import { describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import type { StaffLinkRecord, StaffRecord, StaffSessionRecord } from '../staff-records.js';
import type { ContractContext } from './contract-context.js';
import { T0, minutesAfter } from './fixtures.js';

function makeStaff(overrides: Partial<StaffRecord> = {}): StaffRecord {
  return {
    id: v7(),
    email: `rosa.${v7()}@sunrise.example`,
    name: 'Rosa Díaz',
    locale: 'en',
    passwordHash: 'scrypt$test',
    memberships: [{ siteId: 'site-a', role: 'owner', addedAt: T0 }],
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

function makeSession(staffId: string, overrides: Partial<StaffSessionRecord> = {}): StaffSessionRecord {
  return { id: v7(), staffId, csrfToken: `csrf-${v7()}`, createdAt: T0, lastSeenAt: T0, expiresAt: minutesAfter(60), ...overrides };
}

function makeLink(staffId: string, overrides: Partial<StaffLinkRecord> = {}): StaffLinkRecord {
  return { id: v7(), kind: 'invitation', staffId, createdAt: T0, expiresAt: minutesAfter(60), ...overrides };
}

export function staffContract(ctx: ContractContext): void {
  describe('staff', () => {
    it('finds a person by id and by email in any case, and refuses a second account for the same email', async () => {
      const { staff } = ctx.store;
      const rosa = makeStaff({ email: 'Rosa@Sunrise.example' });
      await staff.insert(rosa);

      const stored = { ...rosa, email: 'rosa@sunrise.example' };
      expect(await staff.byId(rosa.id)).toEqual(stored);
      expect(await staff.byEmail('ROSA@sunrise.EXAMPLE')).toEqual(stored);
      await expect(staff.insert(makeStaff({ email: 'rosa@sunrise.example' }))).rejects.toThrow();
      expect(await staff.byEmail('nobody@sunrise.example')).toBeNull();
    });

    it('lists the people of a site, oldest first, across several memberships', async () => {
      const { staff } = ctx.store;
      const older = makeStaff({ memberships: [{ siteId: 'site-b', role: 'manager', addedAt: T0 }, { siteId: 'site-a', role: 'salesperson', addedAt: T0 }] });
      const newer = makeStaff({ createdAt: minutesAfter(5) });
      const elsewhere = makeStaff({ memberships: [{ siteId: 'site-b', role: 'owner', addedAt: T0 }] });
      await staff.insert(newer);
      await staff.insert(older);
      await staff.insert(elsewhere);

      expect((await staff.listBySite('site-a')).map((s) => s.id)).toEqual([older.id, newer.id]);
      expect(await staff.listBySite('site-c')).toEqual([]);
    });

    it('adds a membership once and removes it, leaving the others', async () => {
      const { staff } = ctx.store;
      const rosa = makeStaff();
      await staff.insert(rosa);
      const membership = { siteId: 'site-b', role: 'salesperson' as const, addedAt: minutesAfter(1), invitedAt: minutesAfter(1) };

      expect((await staff.addMembership(rosa.id, membership))?.memberships).toEqual([...rosa.memberships, membership]);
      expect(await staff.addMembership(rosa.id, { ...membership, role: 'owner' })).toBeNull();
      expect(await staff.addMembership('missing', membership)).toBeNull();

      expect((await staff.removeMembership(rosa.id, 'site-a'))?.memberships).toEqual([membership]);
      expect(await staff.removeMembership(rosa.id, 'site-a')).toBeNull();
      expect((await staff.listBySite('site-a')).length).toBe(0);
    });

    it("sets the role on one site only, and nothing for a site the person is not on", async () => {
      const { staff } = ctx.store;
      const both = makeStaff({ memberships: [{ siteId: 'site-b', role: 'salesperson', addedAt: T0 }, { siteId: 'site-a', role: 'salesperson', addedAt: T0 }] });
      await staff.insert(both);

      const promoted = await staff.setRole(both.id, 'site-a', 'manager');
      expect(promoted?.memberships).toEqual([{ siteId: 'site-b', role: 'salesperson', addedAt: T0 }, { siteId: 'site-a', role: 'manager', addedAt: T0 }]);
      expect(await staff.setRole(both.id, 'site-c', 'owner')).toBeNull();
      expect(await staff.setRole('missing', 'site-a', 'owner')).toBeNull();
      expect((await staff.byId(both.id))?.memberships.map((m) => m.role)).toEqual(['salesperson', 'manager']);
    });

    it('updates a person and removes a field patched to undefined', async () => {
      const { staff } = ctx.store;
      const rosa = makeStaff({ lastSignInAt: T0 });
      await staff.insert(rosa);

      const updated = await staff.update(rosa.id, { name: 'Rosa D.', passwordHash: undefined, updatedAt: minutesAfter(2) });

      expect(updated?.name).toBe('Rosa D.');
      expect(updated).not.toHaveProperty('passwordHash');
      expect(await staff.byId(rosa.id)).toEqual(updated);
    });
  });

  describe('staff sessions', () => {
    it('finds, touches and deletes sessions', async () => {
      const { staffSessions } = ctx.store;
      const first = makeSession('staff-1');
      const second = makeSession('staff-1', { createdAt: minutesAfter(1) });
      const other = makeSession('staff-2');
      for (const session of [second, first, other]) await staffSessions.insert(session);

      expect(await staffSessions.byId(first.id)).toEqual(first);
      expect((await staffSessions.listByStaff('staff-1')).map((s) => s.id)).toEqual([first.id, second.id]);

      await staffSessions.touch(first.id, minutesAfter(3), minutesAfter(90));
      expect(await staffSessions.byId(first.id)).toEqual({ ...first, lastSeenAt: minutesAfter(3), expiresAt: minutesAfter(90) });

      expect(await staffSessions.delete([first.id, second.id, 'missing'])).toBe(2);
      expect(await staffSessions.delete([])).toBe(0);
      expect(await staffSessions.listByStaff('staff-1')).toEqual([]);
      expect(await staffSessions.byId(other.id)).toEqual(other);
    });

    it('deletes the sessions that expired', async () => {
      const { staffSessions } = ctx.store;
      const expired = makeSession('staff-1', { expiresAt: minutesAfter(10) });
      const live = makeSession('staff-1', { expiresAt: minutesAfter(30) });
      await staffSessions.insert(expired);
      await staffSessions.insert(live);

      expect(await staffSessions.deleteExpired(minutesAfter(10))).toBe(1);
      expect((await staffSessions.listByStaff('staff-1')).map((s) => s.id)).toEqual([live.id]);
    });
  });

  describe('staff links', () => {
    it('lets one caller use a link once, and none after it expired', async () => {
      const { staffLinks } = ctx.store;
      const link = makeLink('staff-1');
      const expired = makeLink('staff-1', { expiresAt: minutesAfter(5) });
      await staffLinks.insert(link);
      await staffLinks.insert(expired);

      const results = await Promise.all([staffLinks.use(link.id, link.kind, minutesAfter(1)), staffLinks.use(link.id, link.kind, minutesAfter(1))]);

      expect(results.filter((r) => r !== null)).toEqual([{ ...link, usedAt: minutesAfter(1) }]);
      expect(await staffLinks.use(link.id, link.kind, minutesAfter(2))).toBeNull();
      expect(await staffLinks.use(expired.id, expired.kind, minutesAfter(5))).toBeNull();
      expect(await staffLinks.use('missing', 'invitation', minutesAfter(1))).toBeNull();
      const reset = makeLink('staff-1', { kind: 'reset' });
      await staffLinks.insert(reset);
      expect(await staffLinks.use(reset.id, 'invitation', minutesAfter(1))).toBeNull();
      expect(await staffLinks.use(reset.id, 'reset', minutesAfter(1))).not.toBeNull();
    });

    it('revokes the unused links of one kind only', async () => {
      const { staffLinks } = ctx.store;
      const invitation = makeLink('staff-1');
      const reset = makeLink('staff-1', { kind: 'reset' });
      const othersReset = makeLink('staff-2', { kind: 'reset' });
      for (const link of [invitation, reset, othersReset]) await staffLinks.insert(link);

      expect(await staffLinks.revoke('staff-1', 'reset', minutesAfter(1))).toBe(1);

      expect(await staffLinks.use(reset.id, reset.kind, minutesAfter(2))).toBeNull();
      expect(await staffLinks.use(invitation.id, invitation.kind, minutesAfter(2))).not.toBeNull();
      expect(await staffLinks.use(othersReset.id, othersReset.kind, minutesAfter(2))).not.toBeNull();
    });
  });
}
