import { z } from 'zod';
import {
  acceptedMessageSchema,
  chatMessageSchema,
  dateTimeSchema,
  errorResponseSchema,
  identifyResultSchema,
  leadLedgerSchema,
  leadListSchema,
  leadResultSchema,
  leadSchema,
  messagesSinceResultSchema,
  okResultSchema,
  postMessageResultSchema,
  sessionStartResultSchema,
} from '../../../sdk/protocol/response-schemas.js';
import {
  createSessionSchema,
  identifySchema,
  leadPipelinePatchSchema,
  messageSendSchema,
  pageViewSchema,
  visitorTypingSchema,
} from '../../../sdk/protocol/schemas.js';
import type { JsonSchema } from './operation.js';

/**
 * Every zod schema the document names. Converted in zod's `input` mode, responses too: that is the shape as
 * sent (before transforms, defaults optional), and it leaves plain objects open, as the contract lets responses
 * grow; strict objects (the request bodies) stay closed.
 */
const components = z
  .registry<{ id: string }>()
  .add(createSessionSchema, { id: 'CreateSessionRequest' })
  .add(messageSendSchema, { id: 'MessageSendRequest' })
  .add(pageViewSchema, { id: 'PageViewRequest' })
  .add(identifySchema, { id: 'IdentifyRequest' })
  .add(visitorTypingSchema, { id: 'TypingRequest' })
  .add(leadPipelinePatchSchema, { id: 'LeadPipelinePatch' })
  .add(dateTimeSchema, { id: 'DateTime' })
  .add(chatMessageSchema, { id: 'ChatMessage' })
  .add(sessionStartResultSchema, { id: 'SessionStartResult' })
  .add(postMessageResultSchema, { id: 'PostMessageResult' })
  .add(acceptedMessageSchema, { id: 'AcceptedMessage' })
  .add(messagesSinceResultSchema, { id: 'MessagesSinceResult' })
  .add(identifyResultSchema, { id: 'IdentifyResult' })
  .add(okResultSchema, { id: 'OkResult' })
  .add(leadSchema, { id: 'Lead' })
  .add(leadListSchema, { id: 'LeadList' })
  .add(leadLedgerSchema, { id: 'LeadLedger' })
  .add(leadResultSchema, { id: 'LeadResult' })
  .add(errorResponseSchema, { id: 'ErrorResponse' });

const refTo = (id: string) => `#/components/schemas/${id}`;

/** `components.schemas`: every registered zod schema, converted by zod itself; a schema used inside another is a `$ref`. */
export function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(components, { target: 'draft-2020-12', io: 'input', uri: refTo });
  // `$id` would be a bare fragment (invalid in 2020-12, and it would rebase the `$ref`s inside); the document's
  // dialect already is 2020-12, so `$schema` would only repeat it on every component.
  return Object.fromEntries(Object.entries(schemas).map(([id, { $id: _id, $schema: _schema, ...schema }]) => [id, schema]));
}

/** A `$ref` to a registered zod schema; a hand-written JSON Schema is used as it is. */
export function schemaRef(schema: z.ZodType | JsonSchema): JsonSchema {
  if (!(schema instanceof z.ZodType)) return schema;
  const id = components.get(schema)?.id;
  if (!id) throw new Error('[Cathy] Failed to document a schema: it is not in components.ts. Register it there with an id.');
  return { $ref: refTo(id) };
}
