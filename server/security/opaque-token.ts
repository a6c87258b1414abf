import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe: session cookies, emailed links, CSRF tokens. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The form a token is stored in. 256 random bits leave nothing to brute-force, so a fast hash is enough. */
export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Constant-time equality of two tokens. */
export function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
