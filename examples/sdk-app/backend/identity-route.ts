import { createHmac } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { SignedIdentity } from '../shared/api-types.js';

/**
 * What Cathy checks on `identify`: hex HMAC-SHA256 of the user's `externalId`, keyed with the site's
 * identity secret (`npm run site -- show pk_…`). Computed only here, so the browser never holds the secret.
 */
export function signUserHash(identitySecret: string, externalId: string): string {
  return createHmac('sha256', identitySecret).update(externalId).digest('hex');
}

/** Stands in for your session lookup: this example always has the same customer signed in. */
export const SIGNED_IN_USER = { externalId: 'crm-1001', name: 'Ana García' } as const;

/** `GET /api/cathy-identity`: the signed-in user with the `userHash` the page passes to `identify`. */
export function identityRoute(identitySecret: string): RequestHandler {
  return (_req, res) => {
    const user = SIGNED_IN_USER;
    // Personal and per-user: no shared cache may keep it.
    res.set('Cache-Control', 'private, no-store');
    res.json({ ...user, userHash: signUserHash(identitySecret, user.externalId) } satisfies SignedIdentity);
  };
}
