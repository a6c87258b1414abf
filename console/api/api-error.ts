import type { ErrorCode, ErrorDetail } from '../../sdk/protocol/index.js';

/** A refused or failed staff request, as a value the screens turn into a human message. */
export class ApiError extends Error {
  constructor(
    /** `NETWORK`: the request never got an answer. */
    readonly code: ErrorCode | 'NETWORK',
    message: string,
    readonly status: number,
    readonly retryAfter?: number,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('NETWORK', error instanceof Error ? error.message : String(error), 0);
}
