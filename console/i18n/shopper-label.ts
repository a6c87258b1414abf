import type { InboxItem } from '../../sdk/protocol/index.js';
import type { Strings } from './strings.js';

/** What to call the shopper in a row, a heading or an alert: their name, email or phone ending, else "Shopper". */
export function shopperLabel(visitor: InboxItem['visitor'], t: Strings): string {
  return visitor.name?.trim() || visitor.email || (visitor.phoneLast4 ? `••• ${visitor.phoneLast4}` : t.inbox.anonymous);
}
