/** A record as both databases keep it: the record id is the document `_id`, so no second unique index is needed. */
export type Stored<R extends { id: string }> = Omit<R, 'id'> & { _id: string };

export function toStored<R extends { id: string }>(record: R): Stored<R> {
  const { id, ...rest } = record;
  return { ...rest, _id: id };
}

export function fromStored<R extends { id: string }>(doc: Stored<R>): R {
  const { _id, ...rest } = doc;
  return { ...rest, id: _id } as unknown as R;
}
