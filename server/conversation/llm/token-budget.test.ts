import { describe, expect, it } from 'vitest';
import { createTokenBudget } from './token-budget.js';

const LA = { id: 'site_la', timezone: 'America/Los_Angeles' };
const NY = { id: 'site_ny', timezone: 'America/New_York' };

describe('createTokenBudget', () => {
  it('refuses a site once its day is spent, says so once, and leaves other sites alone', () => {
    const exhausted: Array<[string, string, number]> = [];
    const budget = createTokenBudget({ dailyLimit: 1000, onExhausted: (...args) => exhausted.push(args) });
    const now = new Date('2024-03-05T19:00:00Z');
    budget.spend(LA, now, 600);
    expect(budget.allows(LA, now)).toBe(true);
    budget.spend(LA, now, 500);
    budget.spend(LA, now, 10);
    expect(budget.allows(LA, now)).toBe(false);
    expect(budget.allows(NY, now)).toBe(true);
    expect(exhausted).toEqual([['site_la', '2024-03-05', 1100]]);
  });

  it("starts afresh at the site's own midnight", () => {
    const budget = createTokenBudget({ dailyLimit: 1000 });
    budget.spend(LA, new Date('2024-03-06T07:30:00Z'), 5000);
    // 23:30 on the 5th in Los Angeles, still the same day there.
    expect(budget.allows(LA, new Date('2024-03-06T07:30:00Z'))).toBe(false);
    expect(budget.allows(LA, new Date('2024-03-06T08:00:00Z'))).toBe(true);
  });

  it("keeps the new day's count when a call that began before midnight reports after it", () => {
    const budget = createTokenBudget({ dailyLimit: 1000 });
    const beforeMidnight = new Date('2024-03-06T07:59:50Z');
    const afterMidnight = new Date('2024-03-06T08:00:10Z');
    budget.spend(LA, afterMidnight, 1500);
    budget.spend(LA, beforeMidnight, 200);
    expect(budget.allows(LA, afterMidnight)).toBe(false);
  });
});
