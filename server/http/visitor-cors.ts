import type { RequestHandler } from 'express';

/**
 * Visitor endpoints are called cross-origin from dealer pages. Which origins a site allows is
 * checked per request once the site is known; preflight only has to let the browser ask.
 */
export const visitorCors: RequestHandler = (req, res, next) => {
  const origin = req.headers.origin;
  if (origin) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
  }
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    // `Prefer: return=minimal` is how a client holding the events stream posts messages (docs/rest.md).
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept, Prefer');
    res.setHeader('Access-Control-Max-Age', '600');
    res.status(204).end();
    return;
  }
  next();
};
