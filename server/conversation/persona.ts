import type { Locale, PersonaDisplay } from '../../sdk/protocol/index.js';
import type { SiteRecord } from '../store/records.js';
import { defaultGreeting } from './offline/greeting.js';

/** What browsers may see of the persona: display fields only, never instructions. */
export function personaDisplay(site: Pick<SiteRecord, 'name' | 'persona'>, locale: Locale): PersonaDisplay {
  const { name, avatarUrl, greeting, status } = site.persona;
  const display: PersonaDisplay = { name, greeting: greeting || defaultGreeting(locale, name, site.name) };
  if (avatarUrl) display.avatarUrl = avatarUrl;
  if (status) display.status = status;
  return display;
}
