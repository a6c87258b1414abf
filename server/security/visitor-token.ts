import { createHmac } from 'node:crypto';
import { sameToken } from './opaque-token.js';

/**
 * Visitor tokens are `v2.<visitorId>.<expiry, unix seconds in base 36>.<HMAC(site, visitor, expiry)>`: stateless,
 * they name their visitor and when they stop working, and a token for one site or visitor never verifies for
 * another. Every session start issues a fresh one, so a visitor who keeps coming back never meets the expiry.
 */
export interface VisitorTokens {
  issue(siteId: string, visitorId: string): string;
  /** What the token proves on this site: its visitor, or why it proves nothing. */
  check(siteId: string, token: string): TokenCheck;
  /** The visitor the token proves on this site, or null (expired included). */
  verify(siteId: string, token: string): string | null;
}

export type TokenCheck = { visitorId: string; expiresAt: Date } | { problem: 'invalid' | 'expired' };

export interface TokenOptions {
  /** How long an issued token works. */
  ttlMs: number;
  now?: () => Date;
}

/**
 * Tokens from before expiry existed (`v1.<visitorId>.<HMAC>`) still work until then, so returning visitors keep
 * their conversation: their next session start hands them a `v2` token.
 */
export const V1_TOKENS_WORK_UNTIL = new Date('2027-01-31T00:00:00Z');

const V2 = /^v2\.([A-Za-z0-9_-]{1,64})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{43})$/;
const V1 = /^v1\.([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{43})$/;


export function createVisitorTokens(secret: string, options: TokenOptions): VisitorTokens {
  const now = options.now ?? (() => new Date());
  const hmac = (text: string) => createHmac('sha256', secret).update(text).digest('base64url');
  const signV2 = (siteId: string, visitorId: string, expiry: string) => hmac(`visitor|${siteId}|${visitorId}|${expiry}`);
  const check = (siteId: string, token: string): TokenCheck => {
    const v2 = V2.exec(token);
    if (v2) {
      const [, visitorId = '', expiry = '', signature = ''] = v2;
      if (!sameToken(signature, signV2(siteId, visitorId, expiry))) return { problem: 'invalid' };
      const expiresAt = new Date(parseInt(expiry, 36) * 1000);
      return expiresAt > now() ? { visitorId, expiresAt } : { problem: 'expired' };
    }
    const v1 = V1.exec(token);
    if (v1) {
      const [, visitorId = '', signature = ''] = v1;
      if (!sameToken(signature, hmac(`visitor|${siteId}|${visitorId}`))) return { problem: 'invalid' };
      return V1_TOKENS_WORK_UNTIL > now() ? { visitorId, expiresAt: V1_TOKENS_WORK_UNTIL } : { problem: 'expired' };
    }
    return { problem: 'invalid' };
  };
  return {
    issue(siteId, visitorId) {
      const expiry = Math.floor((now().getTime() + options.ttlMs) / 1000).toString(36);
      return `v2.${visitorId}.${expiry}.${signV2(siteId, visitorId, expiry)}`;
    },
    check,
    verify(siteId, token) {
      const result = check(siteId, token);
      return 'visitorId' in result ? result.visitorId : null;
    },
  };
}
