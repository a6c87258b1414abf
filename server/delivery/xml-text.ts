import { BIDI_CONTROLS } from '../../sdk/protocol/unsafe-text.js';

// Characters XML 1.0 forbids even when escaped (most C0 controls, lone surrogates, U+FFFE/U+FFFF):
// one of them in a visitor's message would make the whole lead unparseable.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Visitor text made safe to place in an XML document; the builder escapes `&`, `<` and quotes. Bidi overrides
 * go too: a CRM would show the text reordered.
 */
export function xmlText(value: string | number | undefined): string {
  if (value === undefined) return '';
  return String(value).replace(NOT_XML, '').replace(BIDI_CONTROLS, '').trim();
}
