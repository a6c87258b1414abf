import { Schema, type SchemaDefinition, type SchemaDefinitionProperty } from 'mongoose';
import type { Stored } from '../stored-record.js';

/**
 * Every top-level field of the record, declared. Mongoose drops undeclared fields without a word, so a
 * field added to a record type but not to its schema must fail to compile rather than vanish in production.
 * Nested objects are `Mixed`: the record types are the schema, and mongoose would drop their fields too.
 */
export type RecordDefinition<R extends { id: string }> = {
  [K in keyof Omit<R, 'id'>]-?: SchemaDefinitionProperty;
};

/**
 * A schema whose `_id` is the record id (a string the server chose, e.g. a uuid v7) and whose JSON shows
 * `id` instead of `_id`. Repos read with `lean()` and map `_id` themselves (`fromStored`).
 */
export function recordSchema<R extends { id: string }>(definition: RecordDefinition<R>): Schema<Stored<R>> {
  const paths = { _id: { type: String, required: true }, ...definition } as SchemaDefinition<Stored<R>>;
  return new Schema<Stored<R>>(paths, {
    versionKey: false,
    // Empty objects such as `supplied: {}` must read back as written, not as missing fields.
    minimize: false,
    toJSON: {
      transform: (_doc, ret: Record<string, unknown>) => {
        const { _id, ...rest } = ret;
        return { ...rest, id: _id };
      },
    },
  });
}
