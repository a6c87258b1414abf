/** A programming mistake by the caller: thrown at once, worded "[Cathy] Failed to X: why. Fix." */
export function misuse(action: string, why: string, fix: string): Error {
  return new Error(`[Cathy] Failed to ${action}: ${why}. ${fix}`);
}
