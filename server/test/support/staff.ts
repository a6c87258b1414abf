import { randomBytes } from 'node:crypto';
import { CSRF_HEADER, type StaffMe, type StaffRole } from '../../../sdk/protocol/index.js';
import { hashPassword } from '../../security/password.js';
import { addMember } from '../../staff/staff-accounts.js';
import { STAFF_COOKIE } from '../../staff/staff-sessions.js';
import type { Store } from '../../store/store.js';

export interface AddedStaff {
  staffId: string;
  email: string;
  password: string;
}

/**
 * An active account with a membership of the site, made directly in the store (no invitation, no email). An email
 * that already has an account gets the membership and keeps its password: pass the same `password` again.
 */
export async function addStaff(
  store: Store,
  input: { siteId: string; email: string; role: StaffRole; password?: string; name?: string },
): Promise<AddedStaff> {
  const password = input.password ?? `pw-${randomBytes(9).toString('base64url')}`;
  const added = await addMember(store, {
    siteId: input.siteId,
    email: input.email,
    role: input.role,
    name: input.name,
    locale: 'en',
    passwordHash: await hashPassword(password),
    invited: false,
    now: new Date(),
  });
  if (!added) throw new Error(`[Cathy] Failed to add staff: ${input.email} already belongs to site ${input.siteId}.`);
  return { staffId: added.staff.id, email: added.staff.email, password };
}

export interface StaffAuth {
  /** `cathy_staff=…`, ready for a Cookie header. */
  cookie: string;
  csrfToken: string;
  me: StaffMe;
}

/** The session cookie a response set, as a Cookie header value; null when it set none or cleared it. */
export function sessionCookie(res: Response): string | null {
  const set = res.headers.getSetCookie().find((line) => line.startsWith(`${STAFF_COOKIE}=`));
  const pair = set?.split(';')[0];
  return pair && pair !== `${STAFF_COOKIE}=` ? pair : null;
}

/** Signs in through the real route; throws with the server's answer when it refuses. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<StaffAuth> {
  const res = await fetch(`${baseUrl}/v1/staff/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in refused: ${res.status} ${await res.text()}`);
  const cookie = sessionCookie(res);
  if (!cookie) throw new Error('sign-in set no session cookie');
  const me = (await res.json()) as StaffMe;
  return { cookie, csrfToken: me.csrfToken, me };
}

/**
 * A staff request as the console sends it: the session cookie, the CSRF header and a JSON body. `headers`
 * overrides, e.g. `{ [CSRF_HEADER]: '' }` or a foreign `origin`.
 */
export function staffFetch(
  baseUrl: string,
  auth: Pick<StaffAuth, 'cookie' | 'csrfToken'>,
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = { cookie: auth.cookie, [CSRF_HEADER]: auth.csrfToken };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { ...headers, ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}
