import { describe, expect, it } from 'vitest';
import { createVisitorTokens } from './visitor-token.js';
import { computeUserHash, verifyUserHash } from './user-hash.js';

describe('visitor tokens', () => {
  const tokens = createVisitorTokens('s'.repeat(32));

  it('proves the visitor it was issued for on its site', () => {
    expect(tokens.verify('site-a', tokens.issue('site-a', 'visitor-1'))).toBe('visitor-1');
  });

  it('never verifies on another site, with another secret, or when altered', () => {
    const token = tokens.issue('site-a', 'visitor-1');
    expect(tokens.verify('site-b', token)).toBeNull();
    expect(createVisitorTokens('t'.repeat(32)).verify('site-a', token)).toBeNull();
    expect(tokens.verify('site-a', token.replace('visitor-1', 'visitor-2'))).toBeNull();
    expect(tokens.verify('site-a', `${token.slice(0, -1)}A`)).toBeNull();
    expect(tokens.verify('site-a', 'garbage')).toBeNull();
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
