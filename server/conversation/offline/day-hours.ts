import type { Locale } from '../../../sdk/protocol/index.js';
import { formatTime } from '../../sites/business-hours.js';
import type { BusinessHours, Weekday } from '../../store/records.js';
import type { Say } from './speaker.js';

const DAYS: ReadonlyArray<[Weekday, RegExp, string, string]> = [
  ['mon', /\b(?:monday|mon|lunes)\b/, 'Monday', 'lunes'],
  ['tue', /\b(?:tuesday|tues?|martes)\b/, 'Tuesday', 'martes'],
  ['wed', /\b(?:wednesday|wed|miercoles)\b/, 'Wednesday', 'miércoles'],
  ['thu', /\b(?:thursday|thurs?|jueves)\b/, 'Thursday', 'jueves'],
  ['fri', /\b(?:friday|fri|viernes)\b/, 'Friday', 'viernes'],
  ['sat', /\b(?:saturdays?|sat|sabados?)\b/, 'Saturday', 'sábado'],
  ['sun', /\b(?:sundays?|sun|domingos?)\b/, 'Sunday', 'domingo'],
];

/**
 * The hours of a weekday the visitor names ("what about Saturday?"), or `undefined` when they name none.
 *
 * @example dayHours('r u open sat?', hours, 'en', say) // "On Saturday we're open 9:00 AM to 5:00 PM."
 */
export function dayHours(folded: string, hours: BusinessHours, locale: Locale, say: Say): string | undefined {
  const named = DAYS.find(([, pattern]) => pattern.test(folded));
  if (!named) return undefined;
  const [weekday, , en, es] = named;
  const day = locale === 'es' ? es : en;
  const open = hours[weekday];
  if (!open) return say('dayClosed', { day });
  return say('dayOpen', { day, open: formatTime(open.open, locale), close: formatTime(open.close, locale) });
}
