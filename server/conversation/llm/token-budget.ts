import { zonedFormat } from '../../sites/zoned-format.js';

export interface TokenBudgetOptions {
  /** Tokens one site may spend per calendar day in its own timezone. */
  dailyLimit: number;
  /** Called once per site and day, when the day's spending reaches the limit. */
  onExhausted?: (siteId: string, day: string, used: number) => void;
  /**
   * The count every process shares (the store): adds `tokens` to the site's day and answers the new total.
   * Without it the count is this process's alone.
   */
  shared?: (siteId: string, day: string, tokens: number) => Promise<number>;
  /** A shared count that could not be read or written; the local count goes on. */
  onSharedError?: (error: unknown) => void;
}

export interface BudgetSite {
  id: string;
  timezone: string;
}

export interface TokenBudget {
  allows(site: BudgetSite, now: Date): boolean;
  spend(site: BudgetSite, now: Date, tokens: number): void;
}

const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

/** "2024-03-05": the calendar day at the site. */
function siteDay(timeZone: string, now: Date): string {
  return zonedFormat(timeZone, 'en-CA', DAY).format(now);
}

/**
 * A per-site daily token allowance. The check is synchronous, against a local count; with `shared`, every
 * spend is also added to the store, and the total it answers (which includes other processes' and earlier
 * runs') replaces the local count. A process that starts mid-day reads the shared total at its first check,
 * so a restart or a second process overshoots by at most the calls already under way. The dealer's day
 * resets at their midnight.
 *
 * @example
 * const budget = createTokenBudget({ dailyLimit: 1_000_000 });
 * if (budget.allows(site, now)) budget.spend(site, now, usage.total_tokens);
 */
export function createTokenBudget(options: TokenBudgetOptions): TokenBudget {
  type Entry = { day: string; used: number };
  const spent = new Map<string, Entry>();

  const setUsed = (siteId: string, entry: Entry, used: number) => {
    const before = entry.used;
    entry.used = used;
    if (before < options.dailyLimit && used >= options.dailyLimit) options.onExhausted?.(siteId, entry.day, used);
  };

  const share = (siteId: string, entry: Entry, tokens: number) => {
    options.shared?.(siteId, entry.day, tokens).then(
      (total) => {
        // Answers can arrive out of order; a total is only ever a floor for the day's count.
        if (spent.get(siteId) === entry && total > entry.used) setUsed(siteId, entry, total);
      },
      (error: unknown) => options.onSharedError?.(error),
    );
  };

  const today = (site: BudgetSite, now: Date) => {
    const day = siteDay(site.timezone, now);
    const entry = spent.get(site.id);
    // A call that began before the site's midnight reports after it, stamped with the day that is over: it
    // counts toward the new day rather than wiping the new day's count.
    if (entry && entry.day >= day) return entry;
    const fresh = { day, used: 0 };
    spent.set(site.id, fresh);
    share(site.id, fresh, 0);
    return fresh;
  };

  return {
    allows: (site, now) => today(site, now).used < options.dailyLimit,
    spend(site, now, tokens) {
      const entry = today(site, now);
      setUsed(site.id, entry, entry.used + tokens);
      share(site.id, entry, tokens);
    },
  };
}
