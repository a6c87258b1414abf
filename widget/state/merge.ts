/** Shallow merge that skips undefined, so `{ accent: undefined }` from a page never erases the server's value. */
export function mergeDefined<T extends object>(...layers: Array<Partial<T> | null | undefined>): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const layer of layers) {
    for (const [k, v] of Object.entries(layer ?? {})) if (v !== undefined) out[k] = v;
  }
  return out as Partial<T>;
}
