import type { IncomingHttpHeaders } from 'node:http';

/** The client's address; `X-Forwarded-For` counts only behind a proxy we were told to trust. */
export function clientIp(address: string, headers: IncomingHttpHeaders, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return address.replace(/^::ffff:/, '');
}
