const MAX_ECHO = 40;

// Words Cathy must never say, and figures that would read as a quoted rate or payment.
const UNSAYABLE =
  /approv|aprob|aprueb|guarant|garantiz|denied|negad|subprime|bad credit|mal credito|mal crédito|credito malo|crédito malo|%|\$|percent|por ?ciento/i;

/**
 * The visitor's own words (a name, a vehicle) when they are safe to repeat in a reply, else `undefined`.
 * Everything else Cathy says comes from the phrase tables, which tests check; echoes are the only way a
 * visitor's words could put a forbidden word or a figure in her mouth.
 *
 * @example safeEcho('2019 Honda CR-V') // '2019 Honda CR-V'
 * @example safeEcho('car with guaranteed approval') // undefined
 */
export function safeEcho(text: string | undefined): string | undefined {
  const trimmed = text?.trim().replace(/\s+/g, ' ');
  if (!trimmed || trimmed.length > MAX_ECHO || UNSAYABLE.test(trimmed)) return undefined;
  return trimmed;
}
