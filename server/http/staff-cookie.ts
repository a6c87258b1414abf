import type { CookieOptions, Response } from 'express';
import { SESSION_MAX_MS, STAFF_COOKIE } from '../staff/staff-sessions.js';

/** HttpOnly so page scripts never read it; Lax so a link from an email still arrives signed in; Secure over https. */
function options(publicUrl: string): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: publicUrl.startsWith('https:') };
}

export function setStaffCookie(res: Response, token: string, publicUrl: string): void {
  res.cookie(STAFF_COOKIE, token, { ...options(publicUrl), maxAge: SESSION_MAX_MS });
}

export function clearStaffCookie(res: Response, publicUrl: string): void {
  res.clearCookie(STAFF_COOKIE, options(publicUrl));
}
