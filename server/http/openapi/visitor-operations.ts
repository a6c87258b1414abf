import { LIMITS } from '../../../sdk/protocol/index.js';
import {
  acceptedMessageSchema,
  identifyResultSchema,
  messagesSinceResultSchema,
  okResultSchema,
  postMessageResultSchema,
  sessionStartResultSchema,
} from '../../../sdk/protocol/response-schemas.js';
import { createSessionSchema, identifySchema, messageSendSchema, pageViewSchema, visitorTypingSchema } from '../../../sdk/protocol/schemas.js';
import { conversationId, historyQuery } from '../request-params.js';
import { json, type Header, type Operation } from './operation.js';

const origin: Header = {
  name: 'Origin',
  in: 'header',
  required: true,
  description: "The page's origin, which browsers send; it must be one of the site's allowed origins. Set it yourself outside a browser.",
  schema: { type: 'string' },
  example: 'http://localhost:3000',
};

/** Errors of every call on an existing conversation: resolving it, its site's origin, and the token that owns it. */
const CONVERSATION_ERRORS = ['VALIDATION_ERROR', 'RATE_LIMITED', 'INVALID_TOKEN', 'ORIGIN_NOT_ALLOWED', 'FORBIDDEN', 'NOT_FOUND'] as const;

const STREAM_DESCRIPTION =
  'Server-sent events: `message` with `{ message }` (the stored visitor message), then the conversation\'s `typing` ' +
  '`{ on, role }`, `message:delta` `{ messageId, delta }`, `lead:captured` `{ leadId, fields }` and `message:done` ' +
  '`{ message }` as they happen; the stream ends once this message has its answer (at once while a person of the ' +
  'dealership answers the conversation). An `error` event with `{ error }` ends it when Cathy could not answer.';

const prefer: Header = {
  name: 'Prefer',
  in: 'header',
  required: false,
  description: '`return=minimal`: answer 202 with the stored message at once; the reply comes on `GET /v1/conversations/{id}/events`.',
  schema: { type: 'string', enum: ['return=minimal'] },
};

const EVENTS_DESCRIPTION =
  'Server-sent events, each `event: <name>` and `data: <json>`: every event the socket gets for this conversation ' +
  '(`message:delta`, `message:done`, `message:cancelled`, `typing`, `lead:captured`, `agent:joined`, `agent:left`), ' +
  'and a `: ping` comment every 25 s. It never ends by itself.';

/** The HTTP fallback of the Socket.IO protocol, for browsers: same semantics and validation as the socket events. */
export const visitorOperations: Operation[] = [
  {
    method: 'post',
    path: '/v1/sessions',
    operationId: 'createSession',
    tag: 'Visitor',
    summary: 'Start or resume a session',
    description:
      'The HTTP form of `session:start`. Without a token it creates a visitor and a conversation; with the visitor ' +
      "token of an earlier call (and optionally its `visitorId`) it resumes that visitor's open conversation. " +
      'Answers the visitor token the other visitor calls need.',
    auth: 'optionalVisitorToken',
    headers: [origin],
    body: {
      schema: createSessionSchema,
      example: {
        siteKey: 'pk_demo',
        page: {
          url: 'http://localhost:3000/inventory/2019-honda-cr-v',
          title: '2019 Honda CR-V | Demo Motors',
          referrer: 'https://www.google.com/',
        },
        utm: { source: 'google', medium: 'cpc', campaign: 'suv-spring' },
        locale: 'en',
      },
    },
    responses: {
      201: { description: 'The session, with the latest messages of its conversation.', content: json(sessionStartResultSchema) },
    },
    errors: ['VALIDATION_ERROR', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'UNKNOWN_SITE', 'ORIGIN_NOT_ALLOWED', 'INVALID_TOKEN'],
  },
  {
    method: 'post',
    path: '/v1/conversations/{id}/messages',
    operationId: 'sendMessage',
    tag: 'Visitor',
    summary: "Send a visitor message and get Cathy's reply",
    description:
      `The HTTP form of \`message:send\`. Text is at most ${LIMITS.messageText} characters; it is trimmed, line breaks are ` +
      'kept and control characters dropped. `clientId` is an idempotency key: sending the same one again never stores a ' +
      'second message and answers the first one with its reply. With `Accept: text/event-stream` the reply streams. ' +
      'While a person of the dealership answers the conversation, the answer has no `reply`: theirs comes on the events stream.',
    auth: 'visitorToken',
    pathId: conversationId,
    headers: [origin, prefer],
    body: { schema: messageSendSchema, example: { clientId: '0b9f6f2e-5d5e-4c3f-9a51-0d7f3e2a1b4c', text: 'Hi, I need a used SUV' } },
    responses: {
      200: {
        description: "The stored message and Cathy's whole reply, or the reply as it streams.",
        content: {
          'application/json': { schema: postMessageResultSchema },
          'text/event-stream': { schema: { type: 'string', description: STREAM_DESCRIPTION } },
        },
      },
      202: { description: 'With `Prefer: return=minimal`: the stored message, before any reply.', content: json(acceptedMessageSchema) },
    },
    errors: [...CONVERSATION_ERRORS, 'PAYLOAD_TOO_LARGE'],
  },
  {
    method: 'get',
    path: '/v1/conversations/{id}/events',
    operationId: 'conversationEvents',
    tag: 'Visitor',
    summary: "Follow the conversation's events",
    description:
      'The socket\'s server events over HTTP, for clients on the fallback: Cathy\'s replies, a person of the dealership ' +
      `joining (\`agent:joined\`), writing and leaving. At most 5 open streams per conversation (\`RATE_LIMITED\` beyond).`,
    auth: 'visitorToken',
    pathId: conversationId,
    headers: [origin],
    responses: {
      200: { description: 'The stream.', content: { 'text/event-stream': { schema: { type: 'string', description: EVENTS_DESCRIPTION } } } },
    },
    errors: CONVERSATION_ERRORS,
  },
  {
    method: 'post',
    path: '/v1/conversations/{id}/typing',
    operationId: 'visitorTyping',
    tag: 'Visitor',
    summary: 'Tell the person answering that the visitor is typing',
    description:
      'The HTTP form of the socket\'s `typing`. Reaches the dealership only while a person answers the conversation; ' +
      'at most one a second per conversation is passed on. Send it at most every few seconds.',
    auth: 'visitorToken',
    pathId: conversationId,
    headers: [origin],
    body: { schema: visitorTypingSchema, example: { on: true } },
    responses: { 200: { description: 'Received.', content: json(okResultSchema) } },
    errors: CONVERSATION_ERRORS,
  },
  {
    method: 'get',
    path: '/v1/conversations/{id}/messages',
    operationId: 'listMessages',
    tag: 'Visitor',
    summary: 'Read the conversation after a message',
    description: 'The HTTP form of `messages:since`, oldest first: what a client missed while away.',
    auth: 'visitorToken',
    pathId: conversationId,
    query: historyQuery,
    headers: [origin],
    responses: {
      200: { description: 'A page of messages; `hasMore` says whether another follows.', content: json(messagesSinceResultSchema) },
    },
    errors: CONVERSATION_ERRORS,
  },
  {
    method: 'post',
    path: '/v1/conversations/{id}/page-views',
    operationId: 'recordPageView',
    tag: 'Visitor',
    summary: 'Record a page the visitor opened',
    description: 'The HTTP form of `page:view`, for single-page sites that change pages without reloading the widget.',
    auth: 'visitorToken',
    pathId: conversationId,
    headers: [origin],
    body: { schema: pageViewSchema, example: { url: 'http://localhost:3000/finance', title: 'Financing | Demo Motors' } },
    responses: { 200: { description: 'Recorded.', content: json(okResultSchema) } },
    errors: [...CONVERSATION_ERRORS, 'PAYLOAD_TOO_LARGE'],
  },
  {
    method: 'post',
    path: '/v1/conversations/{id}/identify',
    operationId: 'identifyVisitor',
    tag: 'Visitor',
    summary: 'Tell who the visitor is',
    description:
      'The HTTP form of `visitor:identify`. `userHash` (needs `externalId`) is hex HMAC-SHA256 of `externalId` with the ' +
      "site's identity secret, computed on the dealer's backend; a valid one links the visitor to the same customer's " +
      'other devices. Without it the data stays on this visitor, unverified.',
    auth: 'visitorToken',
    pathId: conversationId,
    headers: [origin],
    body: { schema: identifySchema, example: { name: 'Maria Lopez', email: 'maria@example.com' } },
    responses: {
      200: { description: '`verified` is true when `userHash` proved `externalId`.', content: json(identifyResultSchema) },
    },
    errors: [...CONVERSATION_ERRORS, 'PAYLOAD_TOO_LARGE'],
  },
];
