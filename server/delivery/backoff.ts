import { backoffDelay } from '../../sdk/common/backoff.js';

export interface BackoffSettings {
  retryBaseMs: number;
  retryMaxMs: number;
}

/**
 * The wait before attempt `attempts + 1`: the shared backoff (doubling from `retryBaseMs`, capped at
 * `retryMaxMs`, the upper half jittered so jobs that failed together in an SMTP outage do not all come back in
 * the same instant), counted from the first retry.
 */
export function retryDelay(attempts: number, settings: BackoffSettings, random: () => number = Math.random): number {
  return backoffDelay(Math.max(attempts - 1, 0), { baseMs: settings.retryBaseMs, maxMs: settings.retryMaxMs, random });
}
