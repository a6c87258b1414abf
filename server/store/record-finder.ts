export type SortSpec = Record<string, 1 | -1>;

/** The reads every repo needs, in both adapters, returning records instead of database documents. */
export interface RecordFinder<R> {
  one(filter: Record<string, unknown>, sort?: SortSpec): Promise<R | null>;
  many(filter: Record<string, unknown>, sort: SortSpec, limit?: number): Promise<R[]>;
  /** Applies a record patch (see `patchUpdate`); null when `id` is unknown. */
  update(id: string, patch: object): Promise<R | null>;
}
