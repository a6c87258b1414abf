import { v7 as uuidv7 } from 'uuid';
import type { Locale, StaffMe, StaffRole } from '../../sdk/protocol/index.js';
import type { StaffRecord } from '../store/staff-records.js';
import type { Store } from '../store/store.js';

export interface NewMember {
  siteId: string;
  email: string;
  role: StaffRole;
  name?: string;
  locale: Locale;
  /** Set for an account made ready to sign in (the CLI's `--password`, tests); absent for an invitation. */
  passwordHash?: string;
  invited: boolean;
  now: Date;
}

/** The local part of the address, as a name until the person gives theirs. */
export function nameFromEmail(email: string): string {
  return email.split('@')[0] ?? email;
}

/**
 * Gives the person a membership of the site, creating their account when the email has none. Null when they
 * already belong to the site. An existing account keeps its password: one person, one sign-in, several sites.
 */
export async function addMember(store: Store, input: NewMember): Promise<{ staff: StaffRecord; created: boolean } | null> {
  const email = input.email.toLowerCase();
  const membership = { siteId: input.siteId, role: input.role, addedAt: input.now, ...(input.invited ? { invitedAt: input.now } : {}) };
  const existing = await store.staff.byEmail(email);
  if (existing) {
    const staff = await store.staff.addMembership(existing.id, membership);
    return staff ? { staff, created: false } : null;
  }
  const staff: StaffRecord = {
    id: uuidv7(),
    email,
    name: input.name ?? nameFromEmail(email),
    locale: input.locale,
    ...(input.passwordHash ? { passwordHash: input.passwordHash } : {}),
    memberships: [membership],
    createdAt: input.now,
    updatedAt: input.now,
  };
  try {
    await store.staff.insert(staff);
  } catch (error) {
    // Two invitations of one new address at once: the other made the account, so this one adds to it.
    const made = await store.staff.byEmail(email);
    if (!made) throw error;
    const joined = await store.staff.addMembership(made.id, membership);
    return joined ? { staff: joined, created: false } : null;
  }
  return { staff, created: true };
}

/** What `GET /v1/staff/me` and sign-in answer; memberships of sites that no longer exist are left out. */
export async function staffMe(store: Store, staff: StaffRecord, csrfToken: string): Promise<StaffMe> {
  const sites = await Promise.all(staff.memberships.map((m) => store.sites.byId(m.siteId)));
  return {
    id: staff.id,
    email: staff.email,
    name: staff.name,
    locale: staff.locale,
    ...(staff.avatarUrl ? { avatarUrl: staff.avatarUrl } : {}),
    memberships: staff.memberships.flatMap((m, i) => {
      const site = sites[i];
      return site ? [{ siteId: m.siteId, siteName: site.name, role: m.role, assistantName: site.persona.name }] : [];
    }),
    csrfToken,
  };
}
