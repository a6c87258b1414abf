import { z } from 'zod';
import type { Operation, Parameter } from './operation.js';

// As the components: `input` is what the client sends, so a coerced number is an `integer` and a default optional.
const OPTIONS = { target: 'draft-2020-12', io: 'input' } as const;

/** Its `description` and `example` come from the schema's meta and go on the parameter, where tools show them. */
function fromZod(name: string, location: 'path' | 'query', schema: z.core.$ZodType, required: boolean): Parameter {
  const { $schema: _dialect, description, example, ...json } = z.toJSONSchema(schema, OPTIONS);
  if (!description) {
    throw new Error(
      `[Cathy] Failed to document the ${location} parameter "${name}": its zod schema has no description. ` +
        'Add .describe() or .meta({ description }) to it in server/http/request-params.ts.',
    );
  }
  const optional = { ...(required ? { required } : {}), ...(example === undefined ? {} : { example }) };
  return { name, in: location, description, schema: json, ...optional };
}

/** The parameters of an operation: its path `{id}` and query as the route parses them, then its headers. */
export function parameters(op: Operation): Parameter[] {
  // The object's own conversion knows which properties a client may leave out (optional or defaulted).
  const required = op.query ? (z.toJSONSchema(op.query, OPTIONS).required ?? []) : [];
  return [
    ...(op.pathId ? [fromZod('id', 'path', op.pathId, true)] : []),
    ...Object.entries(op.query?.shape ?? {}).map(([name, schema]) => fromZod(name, 'query', schema, required.includes(name))),
    ...(op.headers ?? []),
  ];
}
