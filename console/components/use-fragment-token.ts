import { useState } from 'preact/hooks';

/**
 * Reads `#token=…` once and takes it out of the address bar: the token never reaches a server log or a Referer
 * (fragments are not sent), and it does not linger in history or on a shared screen either.
 */
export function useFragmentToken(): string | undefined {
  const [token] = useState(() => {
    const value = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? undefined;
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname + window.location.search);
    return value || undefined;
  });
  return token;
}
