import type { Locale } from '../../sdk/protocol/index.js';
import type { BusinessHours, Weekday } from '../store/records.js';
import { zonedFormat } from './zoned-format.js';

/** The next time the dealership opens, as a wall-clock time in the site's timezone and as an instant. */
export interface Opening {
  day: Weekday;
  /** "HH:MM" in the site's timezone. */
  time: string;
  date: Date;
  /** Calendar days from today in the site's timezone: 0 today, 1 tomorrow, up to 7. */
  daysAhead: number;
}

const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

interface WallClock {
  year: number;
  month: number;
  day: number;
  weekday: Weekday;
  minutes: number;
}

const WALL_CLOCK_FIELDS: Intl.DateTimeFormatOptions = { hourCycle: 'h23', weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' };

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(zonedFormat(timeZone, 'en-US', WALL_CLOCK_FIELDS).formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: (parts.weekday ?? '').slice(0, 3).toLowerCase() as Weekday,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** Minutes after midnight for "HH:MM"; NaN for anything else, which reads as closed. */
function minutesOf(time: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
}

function offsetAt(epochMs: number, timeZone: string): number {
  const wall = wallClock(new Date(epochMs), timeZone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, 0, wall.minutes);
  return wallAsUtc - Math.floor(epochMs / 60_000) * 60_000;
}

function zonedToInstant(year: number, month: number, day: number, minutes: number, timeZone: string): Date {
  const wallAsUtc = Date.UTC(year, month - 1, day, 0, minutes);
  const first = wallAsUtc - offsetAt(wallAsUtc, timeZone);
  // The guess can land on the other side of a DST change; the offset at the guess itself is the right one.
  const second = wallAsUtc - offsetAt(first, timeZone);
  return new Date(second);
}

/**
 * The closing time ("HH:MM") when the dealership is open at `now`, else `null`.
 *
 * @example openUntil({ mon: { open: '09:00', close: '19:00' } }, 'America/Chicago', new Date()) // '19:00' or null
 */
export function openUntil(hours: BusinessHours, timezone: string, now: Date): string | null {
  const wall = wallClock(now, timezone);
  const today = hours[wall.weekday];
  if (!today) return null;
  const isOpen = wall.minutes >= minutesOf(today.open) && wall.minutes < minutesOf(today.close);
  return isOpen ? today.close : null;
}

/**
 * Whether the dealership is open at `now`, reading `hours` in the site's IANA timezone.
 *
 * @example isOpen(site.businessHours, site.timezone, new Date())
 */
export function isOpen(hours: BusinessHours, timezone: string, now: Date): boolean {
  return openUntil(hours, timezone, now) !== null;
}

/**
 * The first opening strictly after `now` within a week, or `null` when no day has hours.
 *
 * @example nextOpening({ mon: { open: '09:00', close: '17:00' } }, 'America/New_York', now) // { day: 'mon', time: '09:00', … }
 */
export function nextOpening(hours: BusinessHours, timezone: string, now: Date): Opening | null {
  const today = wallClock(now, timezone);
  for (let daysAhead = 0; daysAhead <= 7; daysAhead++) {
    // Calendar arithmetic on a UTC date avoids DST: only the wall-clock date matters here.
    const calendar = new Date(Date.UTC(today.year, today.month - 1, today.day + daysAhead));
    const day = WEEKDAYS[calendar.getUTCDay()] as Weekday;
    const open = minutesOf(hours[day]?.open ?? '');
    if (Number.isNaN(open) || (daysAhead === 0 && today.minutes >= open)) continue;
    const date = zonedToInstant(calendar.getUTCFullYear(), calendar.getUTCMonth() + 1, calendar.getUTCDate(), open, timezone);
    const time = `${String(Math.floor(open / 60)).padStart(2, '0')}:${String(open % 60).padStart(2, '0')}`;
    return { day, time, date, daysAhead };
  }
  return null;
}

/**
 * "9:00 AM" in English, "9:00" (24-hour) in Spanish. Written by hand because ICU versions differ in the
 * space before "AM".
 *
 * @example formatTime('17:30', 'en') // '5:30 PM'
 */
export function formatTime(time: string, locale: Locale): string {
  const minutes = minutesOf(time);
  const hour = Math.floor(minutes / 60) % 24;
  const minute = String(minutes % 60).padStart(2, '0');
  if (locale === 'es') return `${hour}:${minute}`;
  return `${hour % 12 || 12}:${minute} ${hour < 12 ? 'AM' : 'PM'}`;
}

const DAY_NAMES: Record<Locale, Record<Weekday, string>> = {
  en: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
  es: { mon: 'lunes', tue: 'martes', wed: 'miércoles', thu: 'jueves', fri: 'viernes', sat: 'sábado', sun: 'domingo' },
};

/**
 * When the dealership opens, as words for a reply.
 *
 * @example formatOpening({ day: 'mon', time: '09:00', date, daysAhead: 1 }, 'es') // 'mañana a las 9:00'
 */
export function formatOpening(opening: Opening, locale: Locale): string {
  const time = formatTime(opening.time, locale);
  const name = DAY_NAMES[locale][opening.day];
  if (locale === 'es') {
    // "a la 1:00" but "a las 9:00".
    const at = time.startsWith('1:') ? 'a la' : 'a las';
    if (opening.daysAhead === 0) return `hoy ${at} ${time}`;
    if (opening.daysAhead === 1) return `mañana ${at} ${time}`;
    if (opening.daysAhead === 7) return `el próximo ${name} ${at} ${time}`;
    return `el ${name} ${at} ${time}`;
  }
  if (opening.daysAhead === 0) return `today at ${time}`;
  if (opening.daysAhead === 1) return `tomorrow at ${time}`;
  if (opening.daysAhead === 7) return `next ${name} at ${time}`;
  return `${name} at ${time}`;
}
