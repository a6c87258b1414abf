import type { InboxItem, Locale } from '../../sdk/protocol/index.js';
import type { Strings } from '../i18n/index.js';

export function formatTime(iso: string | undefined, locale: Locale): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const sameDay = date.toDateString() === new Date().toDateString();
  return new Intl.DateTimeFormat(locale, sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** What to call the shopper in a row or a heading: their name, email or phone ending, else "Shopper". */
export function shopperLabel(visitor: InboxItem['visitor'], t: Strings): string {
  return visitor.name?.trim() || visitor.email || (visitor.phoneLast4 ? `••• ${visitor.phoneLast4}` : t.inbox.anonymous);
}
