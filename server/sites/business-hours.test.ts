import { describe, expect, it } from 'vitest';
import type { BusinessHours } from '../store/records.js';
import { DEFAULT_BUSINESS_HOURS } from './site-input.js';
import { formatOpening, formatTime, isOpen, nextOpening, openUntil } from './business-hours.js';

const WEEKDAYS_AND_SATURDAY: BusinessHours = { ...DEFAULT_BUSINESS_HOURS, sat: { open: '10:00', close: '17:00' } };

const LA = 'America/Los_Angeles';

describe('isOpen', () => {
  it('is open inside the hours of the local weekday', () => {
    // Tuesday 2024-03-05 10:00 PST.
    expect(isOpen(WEEKDAYS_AND_SATURDAY, LA, new Date('2024-03-05T18:00:00Z'))).toBe(true);
  });

  it('treats the closing minute as closed and the opening minute as open', () => {
    expect(isOpen(WEEKDAYS_AND_SATURDAY, LA, new Date('2024-03-06T03:00:00Z'))).toBe(false); // 19:00 PST
    expect(isOpen(WEEKDAYS_AND_SATURDAY, LA, new Date('2024-03-05T17:00:00Z'))).toBe(true); // 09:00 PST
  });

  it('is closed on a day without hours', () => {
    // Sunday 2024-03-03 12:00 PST.
    expect(isOpen(WEEKDAYS_AND_SATURDAY, LA, new Date('2024-03-03T20:00:00Z'))).toBe(false);
  });

  it('reads the same instant in each timezone', () => {
    const instant = new Date('2024-03-05T14:30:00Z'); // 09:30 in New York, 06:30 in Los Angeles
    expect(isOpen(WEEKDAYS_AND_SATURDAY, 'America/New_York', instant)).toBe(true);
    expect(isOpen(WEEKDAYS_AND_SATURDAY, LA, instant)).toBe(false);
  });

  it('uses the local weekday when UTC is already on the next day', () => {
    // Saturday 2024-03-09 16:30 PST is Sunday 00:30 UTC.
    expect(isOpen(WEEKDAYS_AND_SATURDAY, LA, new Date('2024-03-10T00:30:00Z'))).toBe(true);
  });

  it('follows daylight saving time', () => {
    // 09:30 PDT on Monday 2024-03-11 is 16:30 UTC; the same UTC time a week earlier was 08:30 PST.
    expect(isOpen(WEEKDAYS_AND_SATURDAY, LA, new Date('2024-03-11T16:30:00Z'))).toBe(true);
    expect(isOpen(WEEKDAYS_AND_SATURDAY, LA, new Date('2024-03-04T16:30:00Z'))).toBe(false);
  });

  it('reads malformed hours as closed', () => {
    expect(isOpen({ tue: { open: 'nine', close: '19:00' } }, LA, new Date('2024-03-05T18:00:00Z'))).toBe(false);
  });
});

describe('openUntil', () => {
  it('returns the closing time while open and null otherwise', () => {
    expect(openUntil(WEEKDAYS_AND_SATURDAY, LA, new Date('2024-03-05T18:00:00Z'))).toBe('19:00');
    expect(openUntil(WEEKDAYS_AND_SATURDAY, LA, new Date('2024-03-06T04:00:00Z'))).toBeNull();
  });
});

describe('nextOpening', () => {
  it('returns later today before opening time', () => {
    // Tuesday 07:00 PST.
    const opening = nextOpening(WEEKDAYS_AND_SATURDAY, LA, new Date('2024-03-05T15:00:00Z'));
    expect(opening).toEqual({ day: 'tue', time: '09:00', daysAhead: 0, date: new Date('2024-03-05T17:00:00Z') });
  });

  it('returns tomorrow after closing time', () => {
    // Friday 20:00 PST → Saturday 10:00 PST.
    const opening = nextOpening(WEEKDAYS_AND_SATURDAY, LA, new Date('2024-03-09T04:00:00Z'));
    expect(opening).toEqual({ day: 'sat', time: '10:00', daysAhead: 1, date: new Date('2024-03-09T18:00:00Z') });
  });

  it('returns the next opening after the current one while open', () => {
    const opening = nextOpening(WEEKDAYS_AND_SATURDAY, LA, new Date('2024-03-05T18:00:00Z'));
    expect(opening?.day).toBe('wed');
    expect(opening?.daysAhead).toBe(1);
  });

  it('skips closed days across the spring DST change', () => {
    // Saturday 2024-03-09 18:00 PST; clocks go forward on Sunday; Monday 09:00 PDT is 16:00 UTC.
    const opening = nextOpening(WEEKDAYS_AND_SATURDAY, LA, new Date('2024-03-10T02:00:00Z'));
    expect(opening).toEqual({ day: 'mon', time: '09:00', daysAhead: 2, date: new Date('2024-03-11T16:00:00Z') });
  });

  it('skips closed days across the autumn DST change', () => {
    // Saturday 2024-11-02 18:00 PDT; clocks go back on Sunday; Monday 09:00 PST is 17:00 UTC.
    const opening = nextOpening(WEEKDAYS_AND_SATURDAY, LA, new Date('2024-11-03T01:00:00Z'));
    expect(opening).toEqual({ day: 'mon', time: '09:00', daysAhead: 2, date: new Date('2024-11-04T17:00:00Z') });
  });

  it('handles southern-hemisphere DST and half-hour offsets', () => {
    // Saturday 2024-10-05 20:00 AEST in Sydney; DST starts Sunday; Monday 09:00 AEDT is Sunday 22:00 UTC.
    const sydney = nextOpening(WEEKDAYS_AND_SATURDAY, 'Australia/Sydney', new Date('2024-10-05T10:00:00Z'));
    expect(sydney?.date).toEqual(new Date('2024-10-06T22:00:00Z'));
    // Tuesday 08:00 IST in Kolkata (UTC+5:30).
    const kolkata = nextOpening(WEEKDAYS_AND_SATURDAY, 'Asia/Kolkata', new Date('2024-03-05T02:30:00Z'));
    expect(kolkata).toEqual({ day: 'tue', time: '09:00', daysAhead: 0, date: new Date('2024-03-05T03:30:00Z') });
  });

  it('finds the same weekday a week later when that is the only open day', () => {
    const mondays: BusinessHours = { mon: { open: '09:00', close: '12:00' } };
    // Monday 2024-03-04 13:00 EST.
    const opening = nextOpening(mondays, 'America/New_York', new Date('2024-03-04T18:00:00Z'));
    expect(opening?.daysAhead).toBe(7);
    expect(opening?.date).toEqual(new Date('2024-03-11T13:00:00Z'));
  });

  it('returns null when no day has hours', () => {
    expect(nextOpening({}, LA, new Date('2024-03-05T18:00:00Z'))).toBeNull();
  });
});

describe('formatTime', () => {
  it('uses a 12-hour clock in English and a 24-hour clock in Spanish', () => {
    expect(formatTime('09:00', 'en')).toBe('9:00 AM');
    expect(formatTime('12:30', 'en')).toBe('12:30 PM');
    expect(formatTime('00:15', 'en')).toBe('12:15 AM');
    expect(formatTime('17:30', 'es')).toBe('17:30');
  });
});

describe('formatOpening', () => {
  const at = (daysAhead: number, time = '09:00') => ({ day: 'mon' as const, time, daysAhead, date: new Date(0) });

  it('says today, tomorrow, a weekday, or next weekday in English', () => {
    expect(formatOpening(at(0), 'en')).toBe('today at 9:00 AM');
    expect(formatOpening(at(1), 'en')).toBe('tomorrow at 9:00 AM');
    expect(formatOpening(at(3), 'en')).toBe('Monday at 9:00 AM');
    expect(formatOpening(at(7), 'en')).toBe('next Monday at 9:00 AM');
  });

  it('says hoy, mañana, or the weekday in Spanish', () => {
    expect(formatOpening(at(0, '10:30'), 'es')).toBe('hoy a las 10:30');
    expect(formatOpening(at(1), 'es')).toBe('mañana a las 9:00');
    expect(formatOpening(at(3), 'es')).toBe('el lunes a las 9:00');
    expect(formatOpening(at(7), 'es')).toBe('el próximo lunes a las 9:00');
    expect(formatOpening(at(2, '01:00'), 'es')).toBe('el lunes a la 1:00');
  });
});
