import { z } from 'zod';
import { INBOX_STATES, LEAD_STAGES, type NoteBody } from '../../sdk/protocol/index.js';
import { AppError } from '../errors/app-error.js';

// The staff routes' path parameters, queries and bodies (docs/staff-api.md). Strict: an unknown key is a
// VALIDATION_ERROR, so a typo never silently widens a query.

/** `:siteId` of the staff routes; membership decides the rest (NOT_FOUND for a site the person is not on). */
export const siteIdParam = z.string().min(1).max(64).regex(/^[\w-]+$/, 'must be a site id');

const isoTime = z.iso.datetime({ offset: true });

/**
 * The query of `GET /v1/staff/sites/:siteId/conversations` (`InboxQuery` on the wire).
 *
 * @example
 * const query = inboxRange(parseOrThrow(inboxQuery, req.query, 'query'));
 */
export const inboxQuery = z.strictObject({
  state: z.enum(INBOX_STATES).optional(),
  hasLead: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
  from: isoTime.optional(),
  to: isoTime.optional(),
  q: z.string().trim().min(1).max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/** The query's dates; VALIDATION_ERROR unless `from` is before `to` when both are given. */
export function inboxRange(query: z.infer<typeof inboxQuery>): { from?: Date; to?: Date } {
  const from = query.from ? new Date(query.from) : undefined;
  const to = query.to ? new Date(query.to) : undefined;
  if (from && to && from >= to) {
    throw new AppError('VALIDATION_ERROR', 'Invalid query: from: must be before `to`.', [{ path: 'from', message: 'must be before `to`' }]);
  }
  return { from, to };
}

/** `POST /v1/staff/conversations/:id/notes`. */
export const noteBody = z.strictObject({ text: z.string().trim().min(1).max(4000) }) satisfies z.ZodType<NoteBody>;

/** `GET /v1/staff/sites/:siteId/leads`: one pipeline column at a time. */
export const staffLeadsQuery = z.strictObject({
  stage: z.enum(LEAD_STAGES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
