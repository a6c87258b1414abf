import type { Locale } from '../../../sdk/protocol/index.js';
import { en } from './phrases.en.js';
import { es } from './phrases.es.js';

/**
 * The opening message for a site without its own greeting. It says up front that Cathy is an automated
 * assistant, as California B&P §17941 requires of bots that talk to buyers.
 *
 * @example defaultGreeting('en', 'Cathy', 'Sunrise Auto') // "Hi! I'm Cathy, an automated assistant for Sunrise Auto. …"
 */
export function defaultGreeting(locale: Locale, personaName: string, dealerName: string): string {
  const [line] = (locale === 'es' ? es : en).defaultGreeting;
  return line({ persona: personaName, dealer: dealerName });
}
