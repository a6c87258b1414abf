/**
 * The start of a local `YYYY-MM-DD` day (`days` later) as ISO 8601, or undefined for anything else: date inputs give
 * local days, the server's ranges take instants.
 */
export function dayStart(day: string, days = 0): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days).toISOString();
}
