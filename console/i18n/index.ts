import type { Locale } from '../../sdk/protocol/index.js';
import { en } from './en.js';
import { es } from './es.js';
import type { Strings } from './strings.js';

export { toLocale } from '../../sdk/common/locale.js';
export { shopperLabel } from './shopper-label.js';
export type { Strings } from './strings.js';

const TABLE: Record<Locale, Strings> = { en, es };

export function stringsFor(locale: Locale): Strings {
  return TABLE[locale];
}
