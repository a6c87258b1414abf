import { describe, expect, it } from 'vitest';
import { mergeInterest } from './interest.js';

describe('mergeInterest', () => {
  it('replaces the vehicle as a whole, so an old year does not stay on a new model', () => {
    const merged = mergeInterest({ vehicle: '2016 civic', year: 2016, make: 'Honda', model: 'Civic', callTime: 'evening' }, { vehicle: { text: 'Silverado', make: 'Chevrolet', model: 'Silverado' } });
    expect(merged).toEqual({ vehicle: 'Silverado', make: 'Chevrolet', model: 'Silverado', callTime: 'evening' });
  });

  it('keeps what the facts do not mention', () => {
    expect(mergeInterest({ vehicle: 'CR-V', model: 'CR-V', timeframe: 'this month' }, { callTime: 'morning' })).toEqual({ vehicle: 'CR-V', model: 'CR-V', timeframe: 'this month', callTime: 'morning' });
  });
});
