import type { Logger } from '../logging/logger.js';
import type { Metrics } from '../metrics/metrics.js';
import type { Store } from '../store/store.js';
import { ledgerProblems, type LedgerProblems } from './lead-ledger.js';

export const LEDGER_CHECK_MS = 5 * 60 * 1000;

export interface LedgerWatch {
  /** Runs the check now: sets the gauges, logs what is wrong, and returns it. */
  check(): Promise<LedgerProblems>;
  stop(): void;
}

/**
 * "No lost lead", checked rather than hoped: at start-up and every few minutes, counts conversations with
 * contact details but no lead and deliveries past their deadline, into `cathy_ledger_*` gauges an alert can watch.
 */
export function startLedgerWatch(deps: { store: Store; logger: Logger; metrics: Metrics; now: () => Date; intervalMs?: number }): LedgerWatch {
  const { store, logger, metrics } = deps;
  const check = async () => {
    const problems = await ledgerProblems(store, deps.now());
    metrics.ledgerOrphans.set(problems.orphans.length);
    metrics.ledgerOverdue.set(problems.overdue.length);
    if (problems.orphans.length > 0) logger.error({ orphans: problems.orphans }, 'conversations with contact details but no lead');
    if (problems.overdue.length > 0) logger.warn({ overdue: problems.overdue }, 'lead deliveries past their deadline');
    return problems;
  };
  const run = () => {
    check().catch((error: unknown) => logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'lead ledger check failed'));
  };
  run();
  const timer = setInterval(run, deps.intervalMs ?? LEDGER_CHECK_MS);
  timer.unref();
  return { check, stop: () => clearInterval(timer) };
}
