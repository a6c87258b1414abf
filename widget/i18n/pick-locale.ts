import type { Locale } from '../../sdk/protocol/index.js';

/** Maps a BCP 47 tag (`es-MX`, `EN`) to a supported locale, or undefined. */
export function toLocale(tag: unknown): Locale | undefined {
  if (typeof tag !== 'string') return undefined;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return base === 'en' || base === 'es' ? base : undefined;
}

/** The first supported candidate wins: the page's option, then the session's locale, then the browser. */
export function pickLocale(...candidates: unknown[]): Locale {
  for (const c of candidates) {
    const locale = toLocale(c);
    if (locale) return locale;
  }
  return 'en';
}
