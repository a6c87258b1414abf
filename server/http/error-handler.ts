import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, toErrorBody } from '../errors/app-error.js';
import type { Logger } from '../logging/logger.js';
import type { Metrics } from '../metrics/metrics.js';
import { ERROR_STATUS, LIMITS } from '../../sdk/protocol/index.js';

/** body-parser marks its errors with a `type`; they are the client's fault, not ours. */
function fromBodyParser(error: unknown): AppError | null {
  const type = (error as { type?: unknown }).type;
  if (type === 'entity.too.large') return new AppError('PAYLOAD_TOO_LARGE', `Body over ${LIMITS.payloadBytes} bytes.`);
  if (type === 'entity.parse.failed') return new AppError('VALIDATION_ERROR', 'Body is not valid JSON.');
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return new AppError('VALIDATION_ERROR', 'Body must be UTF-8 JSON.');
  }
  // A corrupt gzip or deflate stream, or a body shorter than its Content-Length: body-parser says 400 without a type.
  if ((error as { status?: unknown }).status === 400) {
    return new AppError('VALIDATION_ERROR', 'Body could not be read: it is corrupt, truncated or does not match its Content-Encoding.');
  }
  return null;
}

/** The one place HTTP errors become `{ error }` responses; no stack trace reaches a client. */
export function errorHandler(deps: { logger: Logger; metrics: Metrics }): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const known = error instanceof AppError ? error : fromBodyParser(error);
    const body = toErrorBody(known ?? error);
    if (!known) deps.logger.error({ err: error, method: req.method, path: req.path }, 'request failed');
    deps.metrics.errors.inc({ code: body.code, transport: 'http' });
    if (body.retryAfter !== undefined) res.setHeader('Retry-After', String(body.retryAfter));
    res.status(ERROR_STATUS[body.code]).json({ error: body });
  };
}

export const notFound: RequestHandler = (req) => {
  throw new AppError('NOT_FOUND', `No route for ${req.method} ${req.path}.`);
};
