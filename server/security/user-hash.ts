import { createHmac, timingSafeEqual } from 'node:crypto';

/** `userHash` = hex HMAC-SHA256(site identity secret, externalId), as host backends compute it. */
export function computeUserHash(identitySecret: string, externalId: string): string {
  return createHmac('sha256', identitySecret).update(externalId).digest('hex');
}

export function verifyUserHash(identitySecret: string, externalId: string, userHash: string): boolean {
  const expected = Buffer.from(computeUserHash(identitySecret, externalId), 'hex');
  const given = Buffer.from(userHash, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
