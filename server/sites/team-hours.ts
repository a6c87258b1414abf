import type { Locale, TeamHours } from '../../sdk/protocol/index.js';
import type { SiteRecord } from '../store/records.js';
import { formatOpening, nextOpening, openUntil } from './business-hours.js';

/**
 * Whether the dealership's people are in now and, if not, when they are next, in the visitor's language: what
 * the widget's header says and when the lead event says a person will call back.
 *
 * @example teamHours(site, new Date('2026-12-05T23:00:00Z'), 'en') // { open: false, opens: 'Monday at 9:00 AM' }
 */
export function teamHours(site: Pick<SiteRecord, 'businessHours' | 'timezone'>, now: Date, locale: Locale): TeamHours {
  if (openUntil(site.businessHours, site.timezone, now)) return { open: true };
  const opening = nextOpening(site.businessHours, site.timezone, now);
  return opening ? { open: false, opens: formatOpening(opening, locale) } : { open: false };
}
