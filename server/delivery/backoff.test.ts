import { describe, expect, it } from 'vitest';
import { retryDelay } from './backoff.js';

const settings = { retryBaseMs: 1_000, retryMaxMs: 60_000 };

describe('retryDelay', () => {
  it('doubles with each attempt between half and all of the ceiling', () => {
    expect(retryDelay(1, settings, () => 0)).toBe(500);
    expect(retryDelay(1, settings, () => 1)).toBe(1_000);
    expect(retryDelay(2, settings, () => 1)).toBe(2_000);
    expect(retryDelay(4, settings, () => 0.5)).toBe(6_000);
  });

  it('never waits longer than the maximum, however many attempts failed', () => {
    expect(retryDelay(7, settings, () => 1)).toBe(60_000);
    expect(retryDelay(500, settings, () => 1)).toBe(60_000);
  });

  it('spreads jobs that failed together', () => {
    const delays = new Set(Array.from({ length: 20 }, () => retryDelay(3, settings)));
    expect(delays.size).toBeGreaterThan(10);
    for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(2_000);
  });
});
