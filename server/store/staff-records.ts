import type { Locale, StaffRole } from '../../sdk/protocol/index.js';

export interface StaffMembershipRecord {
  siteId: string;
  role: StaffRole;
  addedAt: Date;
  /** When the last invitation to this site was sent; absent for people added without one. */
  invitedAt?: Date;
}

/** One person, who may work at several sites of a dealer group (see docs/workspace.md). */
export interface StaffRecord {
  id: string;
  /** Lowercased; one account per address. */
  email: string;
  name: string;
  locale: Locale;
  /** https; shown to shoppers beside this person's messages when they take a chat over (`PATCH /v1/staff/me`). */
  avatarUrl?: string;
  /** scrypt hash with its parameters (see staff/password.ts); absent until an invitation is accepted. */
  passwordHash?: string;
  memberships: StaffMembershipRecord[];
  lastSignInAt?: Date;
  createdAt: Date;
  updatedAt: Date;
}

/** A signed-in browser. */
export interface StaffSessionRecord {
  /** SHA-256 of the cookie's token, so the store never holds a session anyone could use. */
  id: string;
  staffId: string;
  /** Sent back in the `x-csrf-token` header on every state change. */
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export type StaffLinkKind = 'invitation' | 'reset';

/** A one-time emailed link: an invitation to set a first password, or a password reset. */
export interface StaffLinkRecord {
  /** SHA-256 of the emailed token; the token itself is never stored. */
  id: string;
  kind: StaffLinkKind;
  staffId: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt?: Date;
}
