import type { Logger } from '../../logging/logger.js';
import { createCircuitBreaker, type CircuitBreaker } from './circuit-breaker.js';
import { createTokenBudget, type BudgetSite } from './token-budget.js';

export type GateVerdict = 'ok' | 'circuit_open' | 'budget_spent';

/** Whether the model may be called, shared by replies and lead extraction so both respect one state. */
export interface ModelGate {
  check(site: BudgetSite, now: Date): GateVerdict;
  /** The call answered: tokens count against the site's day. */
  answered(site: BudgetSite, now: Date, tokens: number): void;
  /** The call failed (network, status, time-out, malformed stream). */
  failed(): void;
}

export interface ModelGateOptions {
  dailyTokensPerSite: number;
  logger: Logger;
  /** Where every process adds up a site's tokens for the day (see `createTokenBudget`). */
  sharedTokens?: (siteId: string, day: string, tokens: number) => Promise<number>;
  breaker?: CircuitBreaker;
}

const COOLDOWN_MS = 30_000;

/**
 * A circuit breaker and a per-site daily token budget behind one check, logging each change once:
 * when either says no, the offline responder answers without calling the model.
 */
export function createModelGate(options: ModelGateOptions): ModelGate {
  const { logger } = options;
  const breaker =
    options.breaker ??
    createCircuitBreaker({
      cooldownMs: COOLDOWN_MS,
      onChange: (state) => {
        if (state === 'open') logger.warn({ cooldownMs: COOLDOWN_MS }, 'language model failing: circuit open, offline Cathy answers until a trial call succeeds');
        else if (state === 'closed') logger.info('language model answering again: circuit closed');
      },
    });
  const budget = createTokenBudget({
    dailyLimit: options.dailyTokensPerSite,
    ...(options.sharedTokens ? { shared: options.sharedTokens } : {}),
    onSharedError: (error) => logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'could not share the token count; counting in this process only'),
    onExhausted: (siteId, day, used) =>
      logger.warn(
        { siteId, day, used, limit: options.dailyTokensPerSite },
        'daily token budget reached for this site: offline Cathy answers until midnight site time (OPENAI_DAILY_TOKENS_PER_SITE)',
      ),
  });
  return {
    check(site, now) {
      if (!budget.allows(site, now)) return 'budget_spent';
      return breaker.allows() ? 'ok' : 'circuit_open';
    },
    answered(site, now, tokens) {
      breaker.success();
      budget.spend(site, now, tokens);
    },
    failed: () => breaker.failure(),
  };
}
