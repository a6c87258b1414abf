import { componentSchemas, schemaRef } from './components.js';
import { errorExamples, errorResponses } from './error-responses.js';
import type { Auth, JsonSchema, Operation, Tag } from './operation.js';
import { deliveryOperations } from './delivery-operations.js';
import { leadOperations } from './lead-operations.js';
import { opsOperations } from './ops-operations.js';
import { parameters } from './parameters.js';
import { privacyOperations } from './privacy-operations.js';
import { visitorOperations } from './visitor-operations.js';

/** Every route the app serves, in the order the document lists them. */
export const operations: readonly Operation[] = [
  ...visitorOperations,
  ...leadOperations,
  ...deliveryOperations,
  ...privacyOperations,
  ...opsOperations,
];

const TAGS: Record<Tag, string> = {
  Visitor: 'The HTTP fallback of the Socket.IO protocol (namespace `/v1`), for the widget and headless clients in browsers.',
  Leads: "The site's leads, with its secret key.",
  Conversations: 'Conversations and their transcripts, with the secret key.',
  Deliveries: 'Lead handoff jobs (email, ADF email, webhook) and retrying dead letters, with the secret key.',
  Privacy: 'Access and erasure requests for one shopper, with the secret key.',
  Operations: 'Health, readiness, metrics, this document and the widget loader. No authentication.',
};

const SECURITY: Record<Auth, Array<Record<string, string[]>> | undefined> = {
  none: undefined,
  visitorToken: [{ visitorToken: [] }],
  // `{}` first: the call works without a token, which only resumes an earlier session.
  optionalVisitorToken: [{}, { visitorToken: [] }],
  secretKey: [{ secretKey: [] }],
};

function toOperationObject(op: Operation): JsonSchema {
  const responses: JsonSchema = {};
  for (const [status, response] of Object.entries(op.responses)) {
    const content = response.content
      ? Object.fromEntries(Object.entries(response.content).map(([type, { schema }]) => [type, { schema: schemaRef(schema) }]))
      : undefined;
    responses[status] = { description: response.description, ...(content ? { content } : {}) };
  }
  const params = parameters(op);
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(SECURITY[op.auth] ? { security: SECURITY[op.auth] } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(op.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: schemaRef(op.body.schema), example: op.body.example } } } }
      : {}),
    responses: { ...responses, ...errorResponses(op.errors) },
  };
}

/**
 * The OpenAPI 3.1 document of the REST API: request and response schemas converted from the zod schemas
 * the routes use. Built once by the route that serves it.
 *
 * @example
 * const doc = buildOpenApiDocument({ publicUrl: 'https://chat.dealer.example' });
 */
export function buildOpenApiDocument(options: { publicUrl: string }): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of operations) (paths[op.path] ??= {})[op.method] = toOperationObject(op);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Cathy Chat API',
      version: 'v1',
      summary: 'Visitor HTTP fallback, server-to-server lead API, and operations endpoints of the Cathy Chat server.',
      description:
        'Every failure is an HTTP status plus `{ "error": { "code", "message", "details"?, "retryAfter"? } }`. ' +
        'The realtime protocol (Socket.IO, namespace `/v1`) has the same semantics; its types are in `sdk/protocol/events.ts`.',
    },
    servers: [{ url: options.publicUrl }],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas: componentSchemas(),
      examples: errorExamples(),
      securitySchemes: {
        visitorToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The `visitorToken` from `POST /v1/sessions`; it belongs to one visitor on one site.',
        },
        secretKey: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'sk_…',
          description: 'The site secret key (`npm run site -- create` prints it once). Server-to-server only: never in a browser.',
        },
      },
    },
  };
}
