const ALLOWED = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * The href to use for `raw`, or null when it is not a plain http(s)/mailto/tel URL. Only printable
 * ASCII passes: control, zero-width and bidi characters are how `java\u200Bscript:` style tricks and
 * visually spoofed links get through naive scheme checks.
 */
export function safeHref(raw: string): string | null {
  if (!/^[\x21-\x7e]+$/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!ALLOWED.has(url.protocol)) return null;
  if (url.protocol === 'tel:') {
    const digits = raw.slice(4).replace(/[^\d+]/g, '');
    return /^\+?\d{3,15}$/.test(digits) ? `tel:${digits}` : null;
  }
  if (url.protocol === 'mailto:') return /^mailto:[^@\s]+@[^@\s]+$/i.test(raw) ? url.href : null;
  return url.hostname ? url.href : null;
}

/** Web links open in a new tab; tel:/mailto: hand off to the device. */
export function isExternal(href: string): boolean {
  return href.startsWith('http:') || href.startsWith('https:');
}
