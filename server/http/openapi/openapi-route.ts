import type { RequestHandler } from 'express';
import { buildOpenApiDocument } from './openapi-document.js';

/**
 * `GET /openapi.json`. The document is built on the first request and the same bytes (and ETag) served after;
 * it is public, so any origin may read it (API explorers run on other hosts).
 *
 * @example
 * app.get('/openapi.json', openApiRoute({ publicUrl: config.publicUrl }));
 */
export function openApiRoute(options: { publicUrl: string }): RequestHandler {
  let body: string | undefined;
  return (_req, res) => {
    body ??= JSON.stringify(buildOpenApiDocument(options));
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.type('application/json; charset=utf-8').send(body);
  };
}
