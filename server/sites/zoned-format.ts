// Building an Intl.DateTimeFormat costs far more than using one, and a server sees few time zones and
// option sets, so each combination is built once.
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The shared formatter for a locale, options and a site's time zone.
 *
 * @example zonedFormat('America/New_York', 'en-US', { weekday: 'long' }).format(now) // 'Monday'
 */
export function zonedFormat(timeZone: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formats.set(key, format);
  }
  return format;
}
