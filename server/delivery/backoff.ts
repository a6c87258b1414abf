export interface BackoffSettings {
  retryBaseMs: number;
  retryMaxMs: number;
}

/**
 * The wait before attempt `attempts + 1`: doubling from `retryBaseMs`, capped at `retryMaxMs`, with the upper
 * half jittered so jobs that failed together (an SMTP outage) do not all come back in the same instant.
 */
export function retryDelay(attempts: number, settings: BackoffSettings, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 30);
  const ceiling = Math.min(settings.retryMaxMs, settings.retryBaseMs * 2 ** exponent);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
