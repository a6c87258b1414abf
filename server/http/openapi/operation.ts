import type { z } from 'zod';
import type { ErrorCode } from '../../../sdk/protocol/index.js';

/** A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1) written here, for shapes that have no zod schema. */
export type JsonSchema = { [keyword: string]: unknown };

/**
 * Who may call: `visitorToken` is the bearer token `POST /v1/sessions` returns (optional on that call, to
 * resume); `secretKey` is the site's `sk_…` key for server-to-server calls.
 */
export type Auth = 'none' | 'visitorToken' | 'optionalVisitorToken' | 'secretKey';

export type Tag = 'Visitor' | 'Leads' | 'Conversations' | 'Deliveries' | 'Privacy' | 'Operations';

/** An OpenAPI Parameter object: built from a route's zod schema by parameters.ts, or a `Header`. */
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  description: string;
  schema: JsonSchema;
  example?: unknown;
}

/** Written by hand: the routes read headers without a zod schema. */
export type Header = Parameter & { in: 'header' };

/** A zod schema must be registered in components.ts, so it is documented once and referenced. */
export interface Content {
  schema: z.ZodType | JsonSchema;
}

export interface ResponseSpec {
  description: string;
  /** By media type. */
  content?: Record<string, Content>;
}

/** One route as documented; openapi-document.ts turns these into OpenAPI path items. */
export interface Operation {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** OpenAPI form: `/v1/leads/{id}`. */
  path: string;
  operationId: string;
  tag: Tag;
  summary: string;
  description?: string;
  auth: Auth;
  /** The schema (server/http/request-params.ts) the route parses the path's `{id}` with. */
  pathId?: z.ZodType;
  /** The schema (server/http/request-params.ts) the route parses the query string with: a parameter per property. */
  query?: z.ZodObject;
  headers?: Header[];
  /** JSON request body: the schema the route parses it with. */
  body?: { schema: z.ZodType; example: unknown };
  /** Responses by HTTP status, but for the failures of `errors`. */
  responses: Record<number, ResponseSpec>;
  /** Failures this route answers with; INTERNAL_ERROR is added to every route. */
  errors: readonly ErrorCode[];
}

/** A JSON response body. */
export const json = (schema: Content['schema']): Record<string, Content> => ({ 'application/json': { schema } });
