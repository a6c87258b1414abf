import type { Locale } from '../../../sdk/protocol/index.js';
import { formatOpening, formatTime, nextOpening, openUntil } from '../../sites/business-hours.js';
import type { ResponderSite } from '../responder.js';
import type { Say } from './speaker.js';

type HoursSite = Pick<ResponderSite, 'businessHours' | 'timezone'>;

/**
 * Answers "are you open?" from the site's hours in its own timezone.
 *
 * @example hoursAnswer(site, now, 'en', say) // "We're closed right now — we open again tomorrow at 9:00 AM."
 */
export function hoursAnswer(site: HoursSite, now: Date, locale: Locale, say: Say): string {
  const close = openUntil(site.businessHours, site.timezone, now);
  if (close) return say('openNow', { close: formatTime(close, locale) });
  const opening = nextOpening(site.businessHours, site.timezone, now);
  if (opening) return say('closedNow', { when: formatOpening(opening, locale) });
  return say('hoursUnknown', {});
}

/**
 * When a specialist will call back: "shortly" while open, else the next opening, so an after-hours
 * visitor is not left waiting for a call that cannot come tonight.
 *
 * @example callbackAnswer(site, now, 'es', say) // 'Ahora estamos cerrados, así que … cuando abramos, mañana a las 9:00.'
 */
export function callbackAnswer(site: HoursSite, now: Date, locale: Locale, say: Say): string {
  if (openUntil(site.businessHours, site.timezone, now)) return say('callbackSoon', {});
  const opening = nextOpening(site.businessHours, site.timezone, now);
  return opening ? say('callbackAt', { when: formatOpening(opening, locale) }) : say('callbackLater', {});
}
