import { createHash, randomBytes } from 'node:crypto';

const token = (bytes: number) => randomBytes(bytes).toString('base64url');

export const newPublicKey = () => `pk_${token(12)}`;
export const newSecretKey = () => `sk_${token(24)}`;
export const newIdentitySecret = () => token(32);

/** Secret keys carry 192 random bits, so a fast hash is enough; nothing to brute-force. */
export function hashSecret(secretKey: string): string {
  return createHash('sha256').update(secretKey).digest('hex');
}
