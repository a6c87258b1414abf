import type { Locale, StaffRole } from '../../sdk/protocol/index.js';

/** The signed-in person a request or staff socket acts for, as `StaffSessions.resolve` reads it from the store. */
export interface StaffPrincipal {
  staffId: string;
  sessionId: string;
  email: string;
  name: string;
  locale: Locale;
  memberships: { siteId: string; role: StaffRole }[];
  csrfToken: string;
}
