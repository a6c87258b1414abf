/** MongoDB's duplicate key error, from a single write or from a bulk write. */
export function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 11000;
}
