/**
 * Maps a BCP 47 tag (`es-MX`, `EN`, `es_MX`) to a supported locale, or undefined: the one rule for every option, in
 * the widget and the staff console alike. The union is the protocol's `Locale`, spelled out because common imports
 * nothing.
 */
export function toLocale(tag: unknown): 'en' | 'es' | undefined {
  if (typeof tag !== 'string') return undefined;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return base === 'en' || base === 'es' ? base : undefined;
}
