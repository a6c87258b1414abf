import type { Request } from 'express';
import { AppError } from '../errors/app-error.js';

export const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Refuses a state change sent from a page of another origin. Browsers send `Origin` on every cross-origin POST
 * and on same-origin ones too; a request without it (curl, a server) is left to the CSRF token.
 */
export function assertStaffOrigin(req: Request, publicOrigin: string): void {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== publicOrigin) {
    throw new AppError('CSRF_INVALID', `Staff requests must come from ${publicOrigin}, not ${origin}.`);
  }
}
