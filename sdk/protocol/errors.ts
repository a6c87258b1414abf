/** Every error code the server can answer with, over HTTP and in socket acks. */
export const ERROR_CODES = [
  'VALIDATION_ERROR',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'UNKNOWN_SITE',
  'ORIGIN_NOT_ALLOWED',
  'INVALID_TOKEN',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'SESSION_REQUIRED',
  'CONFLICT',
  'UNAVAILABLE',
  'INTERNAL_ERROR',
  'CSRF_INVALID',
  'ACCOUNT_LOCKED',
  'LINK_EXPIRED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Codes no retry can fix: the same request is refused the same way again (wrong site key, origin or page, a
 * payload the server will never take, a conversation that is gone). The client stops reconnecting on them and
 * fails a queued message at once.
 */
export const FINAL_ERROR_CODES = [
  'VALIDATION_ERROR',
  'PAYLOAD_TOO_LARGE',
  'UNKNOWN_SITE',
  'ORIGIN_NOT_ALLOWED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
] as const satisfies readonly ErrorCode[];

/** HTTP status that goes with each code. */
export const ERROR_STATUS = {
  VALIDATION_ERROR: 400,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNKNOWN_SITE: 401,
  ORIGIN_NOT_ALLOWED: 403,
  INVALID_TOKEN: 401,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  SESSION_REQUIRED: 409,
  CONFLICT: 409,
  UNAVAILABLE: 503,
  INTERNAL_ERROR: 500,
  /** A staff state change without the session's CSRF token. */
  CSRF_INVALID: 403,
  /** Too many wrong passwords: sign-in refused until `retryAfter`. */
  ACCOUNT_LOCKED: 429,
  /** An invitation or password-reset link that expired or was already used. */
  LINK_EXPIRED: 410,
} as const satisfies Record<ErrorCode, number>;

export interface ErrorDetail {
  path: string;
  message: string;
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: ErrorDetail[];
  /** Seconds to wait before retrying, for RATE_LIMITED. */
  retryAfter?: number;
}

/** The body of every failed HTTP response and every failed socket ack. */
export interface ErrorResponse {
  error: ErrorBody;
}

/** A socket ack: the result, or the error object. */
export type AckResult<T> = T | ErrorResponse;

export function isErrorResponse(value: unknown): value is ErrorResponse {
  return typeof value === 'object' && value !== null && 'error' in value;
}
