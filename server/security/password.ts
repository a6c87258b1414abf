import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password hashes from node's scrypt. The stored string names its parameters
 * (`scrypt$N=32768,r=8,p=1$<salt>$<hash>`), so the cost can rise later without locking anyone out:
 * `verifyPassword` reads them back and `needsRehash` says when to store a new hash at the next sign-in.
 */
const CURRENT = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const FORMAT = /^scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

interface Params {
  N: number;
  r: number;
  p: number;
}

function derive(password: string, salt: Buffer, keyBytes: number, params: Params): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; node's default ceiling (32 MiB) is exactly N=2^15, r=8, so allow twice that.
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyBytes, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/**
 * @example
 * const hash = await hashPassword('correct horse battery');
 * await verifyPassword('correct horse battery', hash); // true
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, KEY_BYTES, CURRENT);
  return `scrypt$N=${CURRENT.N},r=${CURRENT.r},p=${CURRENT.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Constant-time compare; false for a malformed hash rather than a throw. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = FORMAT.exec(stored);
  if (!match) return false;
  const [, N, r, p, salt, hash] = match;
  const expected = Buffer.from(hash ?? '', 'base64url');
  if (expected.length === 0) return false;
  const key = await derive(password, Buffer.from(salt ?? '', 'base64url'), expected.length, { N: Number(N), r: Number(r), p: Number(p) });
  return timingSafeEqual(key, expected);
}

/** True when the hash was made with other parameters than today's. */
export function needsRehash(stored: string): boolean {
  const match = FORMAT.exec(stored);
  return !match || Number(match[1]) !== CURRENT.N || Number(match[2]) !== CURRENT.r || Number(match[3]) !== CURRENT.p;
}

/**
 * A hash of nothing anyone knows, checked when the email is unknown so that a wrong email takes as long as a
 * wrong password and sign-in times do not tell which addresses have accounts.
 */
let decoy: Promise<string> | undefined;
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(password, await decoy);
  return false;
}
