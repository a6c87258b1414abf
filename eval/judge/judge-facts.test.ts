import { describe, expect, it } from 'vitest';
import { judgeFacts } from './judge-facts.js';
import type { FactView } from './fact-view.js';

const got = (view: Partial<FactView>): FactView => ({ everything: '', ...view });
const rightOf = (results: ReturnType<typeof judgeFacts>) => Object.fromEntries(results.map((r) => [r.field, r.right]));

describe('judgeFacts', () => {
  it('matches free-text facts by keywords with alternatives', () => {
    const results = judgeFacts({ credit: ['repo|repossess'], timeframe: ['week'] }, got({ credit: 'I had a repossession in 2021', timeframe: 'next two weeks' }));
    expect(rightOf(results)).toEqual({ credit: true, timeframe: true });
  });

  it('refuses a question as the credit situation', () => {
    expect(rightOf(judgeFacts({ credit: ['credit'] }, got({ credit: 'Will this hurt my credit?' })))).toEqual({ credit: false });
  });

  it('counts a question kept in a free-text field the script expects nothing of as a wrong fact', () => {
    const results = judgeFacts({ firstName: 'Dana' }, got({ firstName: 'Dana', timeframe: 'whats your warranty on used' }));
    expect(results.map((r) => [r.field, r.right])).toEqual([
      ['firstName', true],
      ['timeframe', false],
    ]);
  });

  it('requires an empty field where null is expected', () => {
    expect(rightOf(judgeFacts({ firstName: null, lastName: null }, got({ firstName: 'Garbage', lastName: undefined })))).toEqual({ firstName: false, lastName: true });
  });

  it('compares vehicle parts loosely and a null year strictly', () => {
    const expected = { vehicle: { make: 'Chevrolet', model: 'Silverado', year: null } };
    expect(rightOf(judgeFacts(expected, got({ make: 'Chevrolet', model: 'silverado' })))).toEqual({ vehicle: true });
    expect(rightOf(judgeFacts(expected, got({ make: 'Chevrolet', model: 'Silverado', year: 2016 })))).toEqual({ vehicle: false });
  });

  it('finds money in the budget words, "2k" included', () => {
    expect(rightOf(judgeFacts({ down: 2000, monthly: 350 }, got({ budget: '$350 a month; 2k down' })))).toEqual({ down: true, monthly: true });
    expect(rightOf(judgeFacts({ down: 3000 }, got({ budget: '3 mil de enganche' })))).toEqual({ down: true });
    expect(rightOf(judgeFacts({ down: 1500 }, got({ budget: '1.5 thousand down' })))).toEqual({ down: true });
  });
});
