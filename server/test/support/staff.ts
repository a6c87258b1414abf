import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { CSRF_HEADER, type StaffMe, type StaffRole } from '../../../sdk/protocol/index.js';
import { hashPassword } from '../../security/password.js';
import { addMember } from '../../staff/staff-accounts.js';
import { STAFF_COOKIE } from '../../staff/staff-sessions.js';
import type { Store } from '../../store/store.js';
import { eventually } from './lead.js';

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

export interface StaffMailFile {
  file: string;
  to: string;
  subject: string;
  text: string;
  /** The console page and token of the link in it, when it holds one. */
  link?: { page: 'invitation' | 'reset'; token: string };
}

/** The invitation and reset emails written as .eml files under DATA_DIR/outbox-mail/ (SMTP_URL unset), oldest first. */
export async function staffMailFiles(dataDir: string, to?: string): Promise<StaffMailFile[]> {
  const dir = path.join(dataDir, 'outbox-mail');
  const names = (await readdir(dir).catch(() => [])).filter((name) => name.startsWith('staff-mail_') && name.endsWith('.eml')).sort();
  const mails = await Promise.all(
    names.map(async (name): Promise<StaffMailFile> => {
      const parsed = await simpleParser(await readFile(path.join(dir, name)));
      const text = parsed.text ?? '';
      const match = /\/console\/(invitation|reset)#token=([\w-]+)/.exec(text);
      const address = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
      return {
        file: name,
        to: address?.value[0]?.address ?? '',
        subject: parsed.subject ?? '',
        text,
        ...(match ? { link: { page: match[1] as 'invitation' | 'reset', token: match[2]! } } : {}),
      };
    }),
  );
  return to ? mails.filter((mail) => mail.to === to.toLowerCase()) : mails;
}

/** Waits for the `count`th email to the address (1 = the first) and returns it. */
export async function nthStaffMail(dataDir: string, to: string, count = 1): Promise<StaffMailFile> {
  const mails = await eventually(() => staffMailFiles(dataDir, to), (found) => found.length >= count);
  return mails[count - 1]!;
}
