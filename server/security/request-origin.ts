import type { IncomingHttpHeaders } from 'node:http';

/**
 * The page origin of a request: `Origin`, or the origin of `Referer` when a browser omits
 * `Origin` (same-origin GETs, e.g. long-polling from the demo page). Null when neither is there.
 */
export function requestOrigin(headers: IncomingHttpHeaders): string | null {
  const origin = headers.origin;
  if (typeof origin === 'string' && origin !== '') return origin;
  const referer = headers.referer;
  if (typeof referer === 'string' && URL.canParse(referer)) return new URL(referer).origin;
  return null;
}
