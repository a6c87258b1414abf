import { describe, expect, it } from 'vitest';
import { displayTime, isoWithOffset } from './zoned-time.js';

const at = new Date('2025-03-01T10:00:00.000Z');

describe('isoWithOffset', () => {
  it("writes the local time with the site's offset", () => {
    expect(isoWithOffset(at, 'America/New_York')).toBe('2025-03-01T05:00:00-05:00');
    expect(isoWithOffset(new Date('2025-07-01T10:00:00Z'), 'America/New_York')).toBe('2025-07-01T06:00:00-04:00');
    expect(isoWithOffset(at, 'Asia/Kolkata')).toBe('2025-03-01T15:30:00+05:30');
  });

  it('writes +00:00 at UTC', () => {
    expect(isoWithOffset(at, 'UTC')).toBe('2025-03-01T10:00:00+00:00');
  });
});

describe('displayTime', () => {
  it('shows a short local time with the zone', () => {
    expect(displayTime(at, 'America/Chicago')).toBe('Sat, Mar 1, 4:00 AM CST');
  });
});
