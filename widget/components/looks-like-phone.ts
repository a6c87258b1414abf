/**
 * A cheap check for "the visitor may be typing a phone number": seven digits or more. The server reads the number
 * for real (libphonenumber stays out of the widget); this only decides when the consent disclosure must stand
 * beside the input.
 *
 * @example looksLikePhone('call me at 773-241') // false
 */
export function looksLikePhone(text: string): boolean {
  let digits = 0;
  for (const ch of text) if (ch >= '0' && ch <= '9' && ++digits >= 7) return true;
  return false;
}
