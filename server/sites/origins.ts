/**
 * Allowed-origin patterns: an exact origin (`https://dealer.example`), or a scheme + host with a
 * `*` port (`http://localhost:*`), or a `*.` subdomain wildcard (`https://*.dealer.example`).
 */
export function originAllowed(origin: string, patterns: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin === 'null') return false;
  return patterns.some((pattern) => matches(url, pattern));
}

function matches(url: URL, pattern: string): boolean {
  const match = /^(https?):\/\/(\*\.)?([^:/]+)(?::(\*|\d+))?$/.exec(pattern.trim());
  if (!match) return false;
  const [, scheme, wildcard, host, port] = match;
  if (url.protocol !== `${scheme}:`) return false;
  const hostOk = wildcard ? url.hostname.endsWith(`.${host}`) : url.hostname === host;
  if (!hostOk) return false;
  if (port === '*') return true;
  const defaultPort = scheme === 'https' ? '443' : '80';
  return (url.port || defaultPort) === (port ?? defaultPort);
}

/** Validates a pattern for the CLI; returns an error message or null. */
export function originPatternError(pattern: string): string | null {
  return /^(https?):\/\/(\*\.)?[A-Za-z0-9.-]+(?::(\*|\d{1,5}))?$/.test(pattern)
    ? null
    : `"${pattern}" is not an origin: use https://host, https://host:port, http://localhost:* or https://*.host`;
}
