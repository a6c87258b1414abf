import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Visitor tokens are `v1.<visitorId>.<HMAC(site, visitor)>`: stateless, they name their visitor,
 * and a token for one site or visitor never verifies for another.
 */
export interface VisitorTokens {
  issue(siteId: string, visitorId: string): string;
  /** The visitor id the token proves on this site, or null. */
  verify(siteId: string, token: string): string | null;
}

export function createVisitorTokens(secret: string): VisitorTokens {
  const sign = (siteId: string, visitorId: string) =>
    createHmac('sha256', secret).update(`visitor|${siteId}|${visitorId}`).digest('base64url');
  return {
    issue: (siteId, visitorId) => `v1.${visitorId}.${sign(siteId, visitorId)}`,
    verify(siteId, token) {
      const match = /^v1\.([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{43})$/.exec(token);
      if (!match) return null;
      const [, visitorId = '', signature = ''] = match;
      const expected = Buffer.from(sign(siteId, visitorId));
      const given = Buffer.from(signature);
      return given.length === expected.length && timingSafeEqual(given, expected) ? visitorId : null;
    },
  };
}
