import type { BusinessHours, Weekday } from '../../store/records.js';
import { formatTime } from '../../sites/business-hours.js';
import type { ResponderSite } from '../responder.js';

const DAYS: ReadonlyArray<[Weekday, string]> = [
  ['mon', 'Monday'],
  ['tue', 'Tuesday'],
  ['wed', 'Wednesday'],
  ['thu', 'Thursday'],
  ['fri', 'Friday'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
];

function hoursLine(hours: BusinessHours): string {
  const days = DAYS.map(([day, name]) => {
    const open = hours[day];
    return `${name} ${open ? `${formatTime(open.open, 'en')}–${formatTime(open.close, 'en')}` : 'closed'}`;
  });
  return days.join('; ');
}

/**
 * What Cathy knows about the dealership, from the site's settings (dealer-controlled, never visitor text).
 *
 * @example siteFacts(site) // ['Dealership: Sunrise Auto', 'Address: 100 Main St, Springfield', …]
 */
export function siteFacts(site: ResponderSite): string[] {
  return [
    `Dealership: ${site.name}`,
    `Address: ${site.address ?? 'not on file (offer to have a specialist send directions)'}`,
    `Dealership phone: ${site.phone ?? 'not on file'}`,
    `Opening hours (${site.timezone}): ${hoursLine(site.businessHours)}`,
  ];
}
