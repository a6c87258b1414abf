export interface BackoffOptions {
  /** Delay before the first retry. */
  baseMs: number;
  maxMs: number;
  /** 0..1; defaults to Math.random. */
  random?: () => number;
}

/**
 * Exponential delay with jitter for retry number `attempt` (0-based): between half and all of
 * `base * 2^attempt`, capped. Jitter keeps a fleet of tabs from reconnecting in lockstep after an outage.
 */
export function backoffDelay(attempt: number, options: BackoffOptions): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.min(attempt, 30));
  const random = options.random ?? Math.random;
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
