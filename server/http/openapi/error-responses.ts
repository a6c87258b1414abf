import { ERROR_CODES, ERROR_STATUS, type ErrorBody, type ErrorCode } from '../../../sdk/protocol/index.js';
import { errorResponseSchema } from '../../../sdk/protocol/response-schemas.js';
import { schemaRef } from './components.js';
import type { JsonSchema } from './operation.js';

/** When each code happens, and a message like the server's. */
const EXAMPLES: Record<ErrorCode, { summary: string; body: ErrorBody }> = {
  VALIDATION_ERROR: {
    summary: 'A body, query or path parameter is malformed; `details` names each field',
    body: {
      code: 'VALIDATION_ERROR',
      message: 'Invalid message: text: must be at most 2000 characters.',
      details: [{ path: 'text', message: 'must be at most 2000 characters' }],
    },
  },
  PAYLOAD_TOO_LARGE: { summary: 'The body is over 16 KB', body: { code: 'PAYLOAD_TOO_LARGE', message: 'Body over 16384 bytes.' } },
  RATE_LIMITED: {
    summary: 'Too many messages per visitor or requests per IP; wait `retryAfter` seconds',
    body: { code: 'RATE_LIMITED', message: 'Too many messages. Try again in 12 s.', retryAfter: 12 },
  },
  UNKNOWN_SITE: {
    summary: 'No site has that public key',
    body: { code: 'UNKNOWN_SITE', message: 'Unknown site key "pk_nope". Check data-site / siteKey.' },
  },
  ORIGIN_NOT_ALLOWED: {
    summary: "The Origin header is missing or not one of the site's allowed origins",
    body: { code: 'ORIGIN_NOT_ALLOWED', message: 'Origin https://elsewhere.example is not allowed for this site.' },
  },
  INVALID_TOKEN: {
    summary: "The visitor token is missing, forged, or not this visitor's on this site",
    body: { code: 'INVALID_TOKEN', message: 'Send the visitor token from POST /v1/sessions as "Authorization: Bearer …".' },
  },
  UNAUTHORIZED: {
    summary: 'The secret key is missing, unknown or rotated',
    body: { code: 'UNAUTHORIZED', message: 'Send the site secret key as "Authorization: Bearer sk_…".' },
  },
  FORBIDDEN: {
    summary: 'The conversation belongs to another visitor',
    body: { code: 'FORBIDDEN', message: 'This conversation belongs to another visitor.' },
  },
  NOT_FOUND: { summary: "No such resource, or not the caller's site's", body: { code: 'NOT_FOUND', message: 'No such lead.' } },
  SESSION_REQUIRED: {
    summary: 'A socket event before `session:start` (Socket.IO only)',
    body: { code: 'SESSION_REQUIRED', message: 'Send session:start before this event.' },
  },
  CONFLICT: {
    summary: 'The resource is not in a state that allows this, e.g. retrying a delivery that has not failed',
    body: { code: 'CONFLICT', message: 'Only failed deliveries can be retried; this one is delivered.' },
  },
  UNAVAILABLE: { summary: 'A part the request needs is not there yet', body: { code: 'UNAVAILABLE', message: 'The widget is not built yet.' } },
  INTERNAL_ERROR: {
    summary: 'Our fault; logged, never with a stack trace',
    body: { code: 'INTERNAL_ERROR', message: 'Something went wrong on our side. Please try again.' },
  },
  CSRF_INVALID: {
    summary: "A staff state change without the session's CSRF token (workspace only)",
    body: { code: 'CSRF_INVALID', message: 'Reload the workspace and try again.' },
  },
  ACCOUNT_LOCKED: {
    summary: 'Too many wrong passwords for this account: sign-in is refused until `retryAfter`',
    body: { code: 'ACCOUNT_LOCKED', message: 'Too many attempts. Try again in 15 minutes or reset your password.', retryAfter: 900 },
  },
  LINK_EXPIRED: {
    summary: 'An invitation or password-reset link that expired or was already used',
    body: { code: 'LINK_EXPIRED', message: 'This link has expired or was already used. Ask for a new one.' },
  },
};

/** `components.examples`: one error body per code of sdk/protocol/errors.ts. */
export function errorExamples(): Record<string, { summary: string; value: { error: ErrorBody } }> {
  return Object.fromEntries(ERROR_CODES.map((code) => [code, { summary: EXAMPLES[code].summary, value: { error: EXAMPLES[code].body } }]));
}

const retryAfter = { description: 'Seconds to wait.', schema: { type: 'integer' } };

/** Responses by status for a route's error codes; codes that share a status share a response. */
export function errorResponses(codes: readonly ErrorCode[]): Record<string, JsonSchema> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of new Set([...codes, 'INTERNAL_ERROR' as const])) {
    const status = ERROR_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Record<string, JsonSchema> = {};
  for (const [status, group] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = {
      description: group.map((code) => `\`${code}\`: ${EXAMPLES[code].summary}.`).join(' '),
      ...(group.includes('RATE_LIMITED') ? { headers: { 'Retry-After': retryAfter } } : {}),
      content: {
        'application/json': {
          schema: schemaRef(errorResponseSchema),
          examples: Object.fromEntries(group.map((code) => [code, { $ref: `#/components/examples/${code}` }])),
        },
      },
    };
  }
  return responses;
}
