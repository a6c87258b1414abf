import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, verifyPassword } from './password.js';

describe('password hashes', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
  });

  it('salts every hash and records its parameters with it', async () => {
    const [a, b] = [await hashPassword('same password'), await hashPassword('same password')];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$N=32768,r=8,p=1\$[\w-]{22}\$[\w-]{43}$/);
    expect(needsRehash(a)).toBe(false);
  });

  it('verifies a hash made with other parameters and asks for a new one', async () => {
    const current = await hashPassword('older cost password');
    const [, , salt, key] = current.split('$');
    // The same derivation at N=2^14 gives another key, so build the old hash from scratch with node's scrypt.
    const { scryptSync } = await import('node:crypto');
    const oldKey = scryptSync('older cost password', Buffer.from(salt!, 'base64url'), 32, { N: 2 ** 14, r: 8, p: 1 }).toString('base64url');
    const old = `scrypt$N=16384,r=8,p=1$${salt}$${oldKey}`;
    expect(key).not.toBe(oldKey);
    expect(await verifyPassword('older cost password', old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
  });

  it('treats the same text in another Unicode form as the same password', async () => {
    const hash = await hashPassword('contrase\u00f1a segura');
    expect(await verifyPassword('contrasen\u0303a segura', hash)).toBe(true);
  });

  it('refuses a malformed hash instead of throwing', async () => {
    expect(await verifyPassword('anything at all', 'plain-text')).toBe(false);
    expect(await verifyPassword('anything at all', 'scrypt$N=16384,r=8,p=1$c2FsdA$')).toBe(false);
    expect(needsRehash('plain-text')).toBe(true);
  });
});
