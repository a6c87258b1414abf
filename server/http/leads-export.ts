import type { Response } from 'express';
import { AppError, parseOrThrow } from '../errors/app-error.js';
import { leadsCsv } from '../leads/lead-csv.js';
import type { Store } from '../store/store.js';
import { EXPORT_MAX_LEADS, exportQuery, exportRange } from './request-params.js';

/**
 * Answers a CSV export of the site's leads created in the query's range: the secret-key API and the workspace
 * send the same file, refused (VALIDATION_ERROR) above `EXPORT_MAX_LEADS`.
 */
export async function sendLeadsCsv(store: Store, siteId: string, rawQuery: unknown, res: Response): Promise<void> {
  const range = exportRange(parseOrThrow(exportQuery, rawQuery, 'query'), new Date());
  const leads = await store.leads.listCreated({ siteId, ...range, limit: EXPORT_MAX_LEADS + 1 });
  if (leads.length > EXPORT_MAX_LEADS) {
    throw new AppError('VALIDATION_ERROR', `More than ${EXPORT_MAX_LEADS} leads in this range: export it in shorter ranges.`);
  }
  res.type('text/csv; charset=utf-8').attachment('leads.csv').send(leadsCsv(leads));
}
