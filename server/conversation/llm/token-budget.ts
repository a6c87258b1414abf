export interface TokenBudgetOptions {
  /** Tokens one site may spend per calendar day in its own timezone. */
  dailyLimit: number;
  /** Called once per site and day, when the day's spending reaches the limit. */
  onExhausted?: (siteId: string, day: string, used: number) => void;
}

export interface BudgetSite {
  id: string;
  timezone: string;
}

export interface TokenBudget {
  allows(site: BudgetSite, now: Date): boolean;
  spend(site: BudgetSite, now: Date, tokens: number): void;
}

// Building a formatter costs far more than using one, and a server sees few distinct timezones.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "2024-03-05": the calendar day at the site. */
function siteDay(timeZone: string, now: Date): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}

/**
 * A per-site daily token allowance, kept in memory: a restart or a second process starts its own count,
 * so the real ceiling is the limit times the processes. The dealer's day resets at their midnight.
 *
 * @example
 * const budget = createTokenBudget({ dailyLimit: 1_000_000 });
 * if (budget.allows(site, now)) budget.spend(site, now, usage.total_tokens);
 */
export function createTokenBudget(options: TokenBudgetOptions): TokenBudget {
  const spent = new Map<string, { day: string; used: number }>();
  const today = (site: BudgetSite, now: Date) => {
    const day = siteDay(site.timezone, now);
    const entry = spent.get(site.id);
    // A call that began before the site's midnight reports after it, stamped with the day that is over: it
    // counts toward the new day rather than wiping the new day's count.
    if (entry && entry.day >= day) return entry;
    const fresh = { day, used: 0 };
    spent.set(site.id, fresh);
    return fresh;
  };
  return {
    allows: (site, now) => today(site, now).used < options.dailyLimit,
    spend(site, now, tokens) {
      const entry = today(site, now);
      const before = entry.used;
      entry.used += tokens;
      if (before < options.dailyLimit && entry.used >= options.dailyLimit) options.onExhausted?.(site.id, entry.day, entry.used);
    },
  };
}
