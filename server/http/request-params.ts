import { z } from 'zod';
import { LEAD_STAGES, LIMITS } from '../../sdk/protocol/index.js';
import { AppError } from '../errors/app-error.js';

// The path ids and query strings the routes parse, kept apart from the routes so that the OpenAPI document
// (openapi/parameters.ts) shows exactly these schemas; their `description` and `example` are what it shows too.

const EXAMPLE_ID = '0196a3c1-7f52-7b8e-9d2a-5c4e1f0a9b3d';

const pageLimit = z.coerce.number().int().min(1).max(500).default(100).meta({ description: 'At most this many, 1 to 500.', example: 50 });

/**
 * The query of `GET /v1/leads`.
 *
 * @example
 * const query = parseOrThrow(leadsQuery, req.query, 'query');
 */
export const leadsQuery = z.strictObject({
  since: z.iso.datetime({ offset: true }).optional().meta({
    description: 'Only leads updated at or after this time (ISO 8601 with an offset or `Z`).',
    example: '2025-01-01T00:00:00Z',
  }),
  status: z.enum(['new', 'updated', 'do_not_contact']).optional().describe("Only leads with this delivery status (Cathy's)."),
  stage: z.enum(LEAD_STAGES).optional().describe("Only leads at this pipeline stage (the dealer's); a lead nobody moved is `new`."),
  limit: pageLimit,
});

/** The most leads one CSV export holds; a busier range is refused, to be asked for in parts. */
export const EXPORT_MAX_LEADS = 10_000;

const EXPORT_DEFAULT_DAYS = 30;

/**
 * The query of `GET /v1/leads/export.csv`: leads created at or after `from` and before `to`.
 *
 * @example
 * const query = parseOrThrow(exportQuery, req.query, 'query');
 */
export const exportQuery = z.strictObject({
  from: z.iso.datetime({ offset: true }).optional().meta({
    description: `Leads created at or after this time (ISO 8601 with an offset or \`Z\`); ${EXPORT_DEFAULT_DAYS} days before \`to\` when omitted.`,
    example: '2025-01-01T00:00:00Z',
  }),
  to: z.iso.datetime({ offset: true }).optional().meta({ description: 'Leads created before this time; now when omitted.', example: '2025-02-01T00:00:00Z' }),
});

/**
 * The export's range, with the defaults filled in; VALIDATION_ERROR unless `from` is before `to`.
 *
 * @example
 * const { from, to } = exportRange(parseOrThrow(exportQuery, req.query, 'query'), new Date());
 */
export function exportRange(query: z.infer<typeof exportQuery>, now: Date): { from: Date; to: Date } {
  const to = query.to ? new Date(query.to) : now;
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - EXPORT_DEFAULT_DAYS * 86_400_000);
  const problem = { path: 'from', message: 'must be before `to`' };
  if (from >= to) throw new AppError('VALIDATION_ERROR', 'Invalid query: from: must be before `to`.', [problem]);
  return { from, to };
}

/**
 * The query of `GET /v1/deliveries`.
 *
 * @example
 * const query = parseOrThrow(deliveriesQuery, req.query, 'query');
 */
export const deliveriesQuery = z.strictObject({
  status: z
    .enum(['pending', 'processing', 'delivered', 'failed', 'superseded'])
    .optional()
    .describe('Only jobs with this status; `failed` lists the dead letters.'),
  leadId: z.uuid().optional().meta({ description: "Only this lead's jobs.", example: EXAMPLE_ID }),
  limit: pageLimit,
});

/**
 * The query of `GET /v1/conversations/{id}/messages`. Without `limit` the history service reads a full page.
 *
 * @example
 * const query = parseOrThrow(historyQuery, req.query, 'query');
 */
export const historyQuery = z.strictObject({
  // `?after=` (as a URL template leaves it) means the same as no `after`: from the start.
  after: z
    .union([z.literal('').transform(() => undefined), z.string().max(64).regex(/^[A-Za-z0-9_-]+$/)])
    .optional()
    .meta({ description: 'The last message id the client has; omitted or empty means from the start.', example: EXAMPLE_ID }),
  limit: z
    .coerce.number()
    .int()
    .min(1)
    .max(LIMITS.historyPage)
    .optional()
    .meta({ description: `Messages per page, 1 to ${LIMITS.historyPage}; ${LIMITS.historyPage} when omitted.`, example: 20 }),
});

/**
 * The `{id}` of `/v1/leads/{id}` and `/v1/leads/{id}/adf`.
 *
 * @example
 * const id = parseOrThrow(leadId, req.params.id, 'lead id');
 */
export const leadId = z.uuid().describe('The lead id.');

/**
 * The `{id}` of `/v1/conversations/{id}` and its visitor calls.
 *
 * @example
 * const id = parseOrThrow(conversationId, req.params.id, 'conversation id');
 */
export const conversationId = z.uuid().describe("The conversation id: the `conversationId` from `POST /v1/sessions`, or a lead's.");

/**
 * The `{id}` of `/v1/visitors/{id}` and its export.
 *
 * @example
 * const id = parseOrThrow(visitorId, req.params.id, 'visitor id');
 */
export const visitorId = z.uuid().describe('The visitor id.');

/**
 * The `{id}` of `/v1/deliveries/{id}/retry`: `<leadId>:<leadVersion>:<kind>`.
 *
 * @example
 * const id = parseOrThrow(jobId, req.params.id, 'delivery id');
 */
export const jobId = z
  .string()
  .regex(/^[0-9a-f-]{36}:\d{1,9}:(email\.lead|email\.adf|webhook)$/, 'must be a delivery id')
  .meta({ description: 'The delivery id from `GET /v1/deliveries`.', example: `${EXAMPLE_ID}:1:email.lead` });

/**
 * The query of `GET /v1/leads/ledger`.
 *
 * @example
 * const query = parseOrThrow(ledgerQuery, req.query, 'query');
 */
export const ledgerQuery = z.strictObject({
  since: z.iso.datetime({ offset: true }).optional().meta({
    description: 'Only conversations updated at or after this time (ISO 8601 with an offset or `Z`); the last 24 hours when omitted.',
    example: '2025-01-01T00:00:00Z',
  }),
});
