import type { Logger } from '../logging/logger.js';
import type { SignInLimits } from '../security/sign-in-limits.js';
import type { Store } from '../store/store.js';
import type { StaffSessionControl } from './staff-sessions.js';

/** What the staff services share; app.ts builds it once. */
export interface StaffDeps {
  store: Store;
  sessions: StaffSessionControl;
  limits: SignInLimits;
  /** Links in emails point here (`PUBLIC_URL`). */
  publicUrl: string;
  now: () => Date;
  /** Emails are masked by the logger; tokens are never logged. */
  logger: Logger;
}
