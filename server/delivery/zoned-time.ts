import { zonedFormat } from '../sites/zoned-format.js';

const ISO_PARTS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
};

const DISPLAY: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' };

/**
 * ISO 8601 with the site's UTC offset, e.g. `2025-03-01T05:00:00-05:00`: ADF's `requestdate` wants the offset,
 * and a CRM shows the dealer's local time from it.
 */
export function isoWithOffset(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(zonedFormat(timeZone, 'en-US', ISO_PARTS).formatToParts(date).map((part) => [part.type, part.value]));
  // "GMT-05:00", or a bare "GMT" at UTC.
  const offset = (parts.timeZoneName ?? 'GMT').replace('GMT', '') || '+00:00';
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

/** A short local time for people, e.g. "Sat, Mar 1, 5:00 AM EST". */
export function displayTime(date: Date, timeZone: string): string {
  return zonedFormat(timeZone, 'en-US', DISPLAY).format(date);
}
