/** Every line break a mail client may draw: CR, LF, VT, FF, NEL and the Unicode line and paragraph separators. */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;

/** Marks each continuation line of a visitor's message in the plain-text transcript. */
export const CONTINUATION = '    ↳ ';

/** Visitor text split at every kind of line break. */
export function linesOf(text: string): string[] {
  return text.split(LINE_BREAK);
}

/**
 * A message for the plain-text transcript: every line after the first is indented and marked, so nothing a
 * visitor types can start a line that reads as another transcript entry ("[Sun, Dec 6, 1:13 PM EST] Cathy: …")
 * or as a heading of the email.
 */
export function continued(text: string): string {
  return linesOf(text).join(`\n${CONTINUATION}`);
}

/** A one-line field (a name, a fact, a page title): line breaks become a visible ↵ instead of a new line. */
export function oneLineField(text: string): string {
  return linesOf(text).join(' ↵ ');
}
