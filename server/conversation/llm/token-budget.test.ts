import { describe, expect, it, vi } from 'vitest';
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

  it('shares the count through the store, so a second process or a restart sees what was spent', async () => {
    const store = new Map<string, number>();
    const shared = async (siteId: string, day: string, tokens: number) => {
      const key = `${siteId}:${day}`;
      store.set(key, (store.get(key) ?? 0) + tokens);
      return store.get(key) ?? 0;
    };
    const now = new Date('2024-03-05T19:00:00Z');
    const first = createTokenBudget({ dailyLimit: 1000, shared });
    const second = createTokenBudget({ dailyLimit: 1000, shared });
    first.spend(LA, now, 600);
    second.spend(LA, now, 500);
    await vi.waitFor(() => expect(second.allows(LA, now)).toBe(false));
    expect(store.get('site_la:2024-03-05')).toBe(1100);

    const restarted = createTokenBudget({ dailyLimit: 1000, shared });
    expect(restarted.allows(LA, now)).toBe(true);
    await vi.waitFor(() => expect(restarted.allows(LA, now)).toBe(false));
    expect(restarted.allows(NY, now)).toBe(true);
  });

  it('goes on counting locally when the store cannot be reached', async () => {
    const errors: unknown[] = [];
    const budget = createTokenBudget({ dailyLimit: 1000, shared: () => Promise.reject(new Error('store down')), onSharedError: (e) => errors.push(e) });
    const now = new Date('2024-03-05T19:00:00Z');
    budget.spend(LA, now, 1200);
    expect(budget.allows(LA, now)).toBe(false);
    await vi.waitFor(() => expect(errors).toHaveLength(2));
  });
});
