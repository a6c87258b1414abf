import type { Parameter } from './operation.js';

/** The `{id}` of a server API path. */
export const uuidPath = (description: string): Parameter => ({
  name: 'id',
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', format: 'uuid' },
});

/** Page size of the server API lists. */
export const limit: Parameter = {
  name: 'limit',
  in: 'query',
  description: 'At most this many, 1 to 500.',
  schema: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
  example: 50,
};
