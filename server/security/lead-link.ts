import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long the "Open conversation" link in a lead email works (a salesperson's follow-up horizon). */
export const LEAD_LINK_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export type LeadLinkCheck = { ok: true; leadId: string } | { ok: false; reason: 'expired' | 'invalid' };

/**
 * Signed, expiring tokens for the read-only conversation page: `v1.<leadId>.<expiry, unix seconds base36>.<HMAC>`.
 * Stateless, so an email keeps working across restarts; the HMAC covers the expiry, so a changed date or lead
 * id is refused like any other alteration.
 */
export interface LeadLinks {
  issue(leadId: string, now: Date): string;
  verify(token: string, now: Date): LeadLinkCheck;
}

const TOKEN = /^v1\.([0-9a-f-]{36})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{43})$/;

export function createLeadLinks(secret: string, ttlMs = LEAD_LINK_TTL_MS): LeadLinks {
  // A domain prefix keeps these signatures apart from visitor tokens made with the same secret.
  const sign = (leadId: string, expiry: string) => createHmac('sha256', secret).update(`lead-link|${leadId}|${expiry}`).digest('base64url');
  return {
    issue(leadId, now) {
      const expiry = Math.floor((now.getTime() + ttlMs) / 1000).toString(36);
      return `v1.${leadId}.${expiry}.${sign(leadId, expiry)}`;
    },
    verify(token, now) {
      const match = TOKEN.exec(token);
      if (!match) return { ok: false, reason: 'invalid' };
      const [, leadId = '', expiry = '', signature = ''] = match;
      const expected = Buffer.from(sign(leadId, expiry));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
      if (parseInt(expiry, 36) * 1000 <= now.getTime()) return { ok: false, reason: 'expired' };
      return { ok: true, leadId };
    },
  };
}

/** The page's address for one lead. */
export function leadPageUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/conversation/${token}`;
}
