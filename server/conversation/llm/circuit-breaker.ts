export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. */
  failures?: number;
  /** How long the circuit stays open before one trial call is let through. */
  cooldownMs?: number;
  now?: () => number;
  onChange?: (state: CircuitState) => void;
}

export interface CircuitBreaker {
  readonly state: CircuitState;
  /**
   * Whether a call may go out now; in half-open, only the first caller gets through, and another only once
   * that trial has been out for a whole cool-down without a report.
   */
  allows(): boolean;
  success(): void;
  failure(): void;
}

/**
 * Stops calling a failing model endpoint: after `failures` failures in a row every call is refused for
 * `cooldownMs`, then a single trial call decides whether to close again or wait another cooldown.
 *
 * @example
 * const breaker = createCircuitBreaker({ failures: 5, cooldownMs: 30_000 });
 * if (breaker.allows()) callModel().then(() => breaker.success(), () => breaker.failure());
 */
export function createCircuitBreaker(options: CircuitBreakerOptions = {}): CircuitBreaker {
  const threshold = options.failures ?? 5;
  const cooldownMs = options.cooldownMs ?? 30_000;
  const now = options.now ?? Date.now;
  let state: CircuitState = 'closed';
  let failures = 0;
  let openedAt = 0;
  let trialOut = false;
  let trialAt = 0;

  const become = (next: CircuitState) => {
    if (next === state) return;
    state = next;
    options.onChange?.(next);
  };

  return {
    get state() {
      return state;
    },
    allows() {
      if (state === 'closed') return true;
      if (state === 'open') {
        if (now() - openedAt < cooldownMs) return false;
        become('half-open');
      }
      // A caller that never reports (it stopped early, or threw before its call) must not hold the
      // circuit half-open, with every later call refused, until a restart.
      if (trialOut && now() - trialAt < cooldownMs) return false;
      trialOut = true;
      trialAt = now();
      return true;
    },
    success() {
      failures = 0;
      trialOut = false;
      become('closed');
    },
    failure() {
      failures += 1;
      trialOut = false;
      if (state === 'half-open' || failures >= threshold) {
        openedAt = now();
        become('open');
      }
    },
  };
}
