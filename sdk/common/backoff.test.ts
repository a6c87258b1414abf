import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.js';

describe('backoffDelay', () => {
  it('doubles from the base, jitters within the upper half, and caps', () => {
    const options = { baseMs: 1000, maxMs: 8000 };
    expect([0, 1, 2, 3, 10].map((attempt) => backoffDelay(attempt, { ...options, random: () => 1 }))).toEqual([1000, 2000, 4000, 8000, 8000]);
    expect(backoffDelay(2, { ...options, random: () => 0 })).toBe(2000);
  });
});
