import { describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { createVisitorTokens, V1_TOKENS_WORK_UNTIL } from './visitor-token.js';
import { computeUserHash, verifyUserHash } from './user-hash.js';

describe('visitor tokens', () => {
  const DAY = 86_400_000;
  const tokens = createVisitorTokens('s'.repeat(32), { ttlMs: 30 * DAY });
  const at = (iso: string) => createVisitorTokens('s'.repeat(32), { ttlMs: 30 * DAY, now: () => new Date(iso) });

  it('proves the visitor it was issued for on its site', () => {
    expect(tokens.verify('site-a', tokens.issue('site-a', 'visitor-1'))).toBe('visitor-1');
  });

  it('never verifies on another site, with another secret, or when altered', () => {
    const token = tokens.issue('site-a', 'visitor-1');
    expect(tokens.verify('site-b', token)).toBeNull();
    expect(createVisitorTokens('t'.repeat(32), { ttlMs: DAY }).verify('site-a', token)).toBeNull();
    expect(tokens.verify('site-a', token.replace('visitor-1', 'visitor-2'))).toBeNull();
    // One character off (never the same one: a signature ends in "A" one time in 64).
    expect(tokens.verify('site-a', `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
    expect(tokens.verify('site-a', 'garbage')).toBeNull();
  });

  it('works until its expiry and says "expired" after it, with a forged expiry refused as invalid', () => {
    const token = at('2026-12-01T00:00:00Z').issue('site-a', 'visitor-1');
    expect(at('2026-12-30T23:59:00Z').check('site-a', token)).toEqual({ visitorId: 'visitor-1', expiresAt: new Date('2026-12-31T00:00:00Z') });
    expect(at('2026-12-31T00:00:01Z').check('site-a', token)).toEqual({ problem: 'expired' });
    expect(at('2026-12-31T00:00:01Z').verify('site-a', token)).toBeNull();
    const [version, visitor, , signature] = token.split('.');
    const stretched = [version, visitor, Math.floor(Date.parse('2030-01-01') / 1000).toString(36), signature].join('.');
    expect(at('2026-12-02T00:00:00Z').check('site-a', stretched)).toEqual({ problem: 'invalid' });
  });

  it('issues a token that runs the full time again at every renewal', () => {
    const later = at('2026-12-20T00:00:00Z').issue('site-a', 'visitor-1');
    expect(at('2027-01-18T00:00:00Z').check('site-a', later)).toMatchObject({ visitorId: 'visitor-1' });
  });

  it('still takes a token from before expiry existed, until the cut-off, so returning visitors are renewed', () => {
    const v1 = `v1.visitor-1.${createHmac('sha256', 's'.repeat(32)).update('visitor|site-a|visitor-1').digest('base64url')}`;
    expect(at('2026-12-06T00:00:00Z').check('site-a', v1)).toEqual({ visitorId: 'visitor-1', expiresAt: V1_TOKENS_WORK_UNTIL });
    expect(at('2026-12-06T00:00:00Z').check('site-b', v1)).toEqual({ problem: 'invalid' });
    expect(at(V1_TOKENS_WORK_UNTIL.toISOString()).check('site-a', v1)).toEqual({ problem: 'expired' });
  });
});

describe('userHash', () => {
  it('is the hex HMAC-SHA256 of the externalId and verifies only for it', () => {
    const hash = computeUserHash('identity-secret', 'crm-42');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyUserHash('identity-secret', 'crm-42', hash)).toBe(true);
    expect(verifyUserHash('identity-secret', 'crm-43', hash)).toBe(false);
    expect(verifyUserHash('other-secret', 'crm-42', hash)).toBe(false);
  });
});
