import { toLocale } from '../../sdk/common/locale.js';
import type { Locale } from '../../sdk/protocol/index.js';

/** The first supported candidate wins: the page's option, then the session's locale, then the browser. */
export function pickLocale(...candidates: unknown[]): Locale {
  for (const c of candidates) {
    const locale = toLocale(c);
    if (locale) return locale;
  }
  return 'en';
}
