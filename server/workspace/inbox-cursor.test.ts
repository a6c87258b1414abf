import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { decodeCursor, encodeCursor } from './inbox-cursor.js';

describe('the inbox cursor', () => {
  it('reads back the time and id it was made from', () => {
    const cursor = { at: new Date('2026-06-01T12:00:00.123Z'), id: '0196a3c1-7f52-7b8e-9d2a-5c4e1f0a9b3d' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it('refuses anything it did not write with VALIDATION_ERROR', () => {
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const text of ['', 'not base64 !', forged({ at: 1, id: 'x' }), forged([1.5, 'x']), forged([1, 2]), forged([1, 'x'.repeat(65)]), forged([1, 'x', 3])]) {
      expect(() => decodeCursor(text)).toThrow(expect.objectContaining({ code: 'VALIDATION_ERROR' }) as AppError);
    }
  });
});
