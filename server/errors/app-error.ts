import { ERROR_STATUS, type ErrorBody, type ErrorCode, type ErrorDetail } from '../../sdk/protocol/index.js';
import type { z } from 'zod';

/** The one error type services throw; the HTTP handler and socket acks turn it into `{ error }`. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
    readonly retryAfter?: number,
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toBody(): ErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.details ? { details: this.details } : {}),
      ...(this.retryAfter !== undefined ? { retryAfter: this.retryAfter } : {}),
    };
  }
}

export function validationError(error: z.ZodError, what: string): AppError {
  const details = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
  const first = details[0];
  const summary = first ? `${first.path}: ${first.message}` : 'invalid';
  return new AppError('VALIDATION_ERROR', `Invalid ${what}: ${summary}.`, details);
}

/** Parses with a schema or throws VALIDATION_ERROR naming the field. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error, what);
  return result.data;
}

/** Anything unexpected becomes INTERNAL_ERROR: no stack traces or internals reach clients. */
export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof AppError) return error.toBody();
  return { code: 'INTERNAL_ERROR', message: 'Something went wrong on our side. Please try again.' };
}
