export interface PatchUpdate {
  $set?: Record<string, unknown>;
  $unset?: Record<string, true>;
}

/**
 * Turns a record patch into a `$set`/`$unset` update understood by both databases. A key present with
 * `undefined` removes the field: a `Partial` patch has no other way to say "remove", and mongoose would
 * otherwise drop the key silently while nedb would keep it. An empty patch gives `{}`, which nedb would
 * take as "replace the document with {}": check with `isEmptyUpdate` first.
 */
export function patchUpdate(patch: object): PatchUpdate {
  const $set: Record<string, unknown> = {};
  const $unset: Record<string, true> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) $unset[key] = true;
    else $set[key] = value;
  }
  const update: PatchUpdate = {};
  if (Object.keys($set).length > 0) update.$set = $set;
  if (Object.keys($unset).length > 0) update.$unset = $unset;
  return update;
}

export function isEmptyUpdate(update: PatchUpdate): boolean {
  return !update.$set && !update.$unset;
}
