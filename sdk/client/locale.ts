import type { Locale } from '../protocol/index.js';

/** Maps a BCP 47 tag (`es-MX`, `EN`, `es_MX`) to a supported locale, or undefined: the one rule for every option. */
export function toLocale(tag: unknown): Locale | undefined {
  if (typeof tag !== 'string') return undefined;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return base === 'en' || base === 'es' ? base : undefined;
}
