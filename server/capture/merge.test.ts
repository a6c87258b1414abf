import { describe, expect, it } from 'vitest';
import type { CapturedFacts } from './facts.js';
import { mergeFacts } from './merge.js';

describe('mergeFacts', () => {
  it('lets newer non-empty values win field by field', () => {
    const current: CapturedFacts = { firstName: 'Maria', phone: '+13055551234', timeframe: 'next month' };
    expect(mergeFacts(current, { phone: '+17865559876', timeframe: 'this weekend', callTime: 'evening' })).toEqual({
      firstName: 'Maria',
      phone: '+17865559876',
      timeframe: 'this weekend',
      callTime: 'evening',
    });
  });

  it('never drops a known value for an undefined or blank one', () => {
    const current: CapturedFacts = { firstName: 'Maria', email: 'maria@gmail.com', language: 'es' };
    expect(mergeFacts(current, { firstName: undefined, email: '  ', language: undefined })).toEqual(current);
  });

  it('returns a new object and leaves its inputs alone', () => {
    const current: CapturedFacts = { vehicle: { text: 'Civic', make: 'Honda', model: 'Civic' } };
    const found: Partial<CapturedFacts> = { vehicle: { text: '2019 Civic', year: 2019 } };
    const merged = mergeFacts(current, found);
    expect(merged).not.toBe(current);
    expect(merged.vehicle).not.toBe(current.vehicle);
    expect(current).toEqual({ vehicle: { text: 'Civic', make: 'Honda', model: 'Civic' } });
    expect(found).toEqual({ vehicle: { text: '2019 Civic', year: 2019 } });
  });

  it('merges the vehicle year, make and model', () => {
    const current: CapturedFacts = { vehicle: { text: 'a Honda', make: 'Honda' } };
    const merged = mergeFacts(mergeFacts(current, { vehicle: { text: 'CR-V', make: 'Honda', model: 'CR-V' } }), {
      vehicle: { text: '2019', year: 2019 },
    });
    expect(merged.vehicle).toEqual({ text: '2019', year: 2019, make: 'Honda', model: 'CR-V' });
  });

  it('keeps the make when a later message only says "the red one"', () => {
    const current: CapturedFacts = { vehicle: { text: 'Honda CR-V', make: 'Honda', model: 'CR-V', bodyType: 'SUV' } };
    expect(mergeFacts(current, { vehicle: { text: 'the red one' } }).vehicle).toEqual({
      text: 'the red one',
      make: 'Honda',
      model: 'CR-V',
      bodyType: 'SUV',
    });
  });

  it('drops the old model when the visitor switches make', () => {
    const current: CapturedFacts = { vehicle: { text: '2019 Honda Civic', year: 2019, make: 'Honda', model: 'Civic' } };
    expect(mergeFacts(current, { vehicle: { text: 'a Toyota', make: 'Toyota' } }).vehicle).toEqual({
      text: 'a Toyota',
      year: 2019,
      make: 'Toyota',
    });
  });

  it('adds a down payment to a monthly budget and keeps both phrases', () => {
    const current: CapturedFacts = { budget: { text: '$350 a month', monthly: 350 } };
    expect(mergeFacts(current, { budget: { text: '$2,000 down', down: 2000 } }).budget).toEqual({
      text: '$350 a month; $2,000 down',
      monthly: 350,
      down: 2000,
    });
  });

  it('replaces the phrase of a corrected budget', () => {
    const current: CapturedFacts = { budget: { text: '$350 a month', monthly: 350 } };
    expect(mergeFacts(current, { budget: { text: 'actually 400 a month', monthly: 400 } }).budget).toEqual({
      text: 'actually 400 a month',
      monthly: 400,
    });
  });

  it('keeps the trade-in vehicle when a later message only confirms there is one', () => {
    const current: CapturedFacts = { tradeIn: { has: true, text: '2015 Civic' } };
    expect(mergeFacts(current, { tradeIn: { has: true } }).tradeIn).toEqual({ has: true, text: '2015 Civic' });
  });

  it('forgets the trade-in vehicle when the visitor says there is no trade', () => {
    const current: CapturedFacts = { tradeIn: { has: true, text: '2015 Civic' } };
    expect(mergeFacts(current, { tradeIn: { has: false } }).tradeIn).toEqual({ has: false });
  });

  it('takes a first vehicle, budget and trade-in as found', () => {
    expect(
      mergeFacts(
        {},
        {
          vehicle: { text: 'troca', bodyType: 'truck' },
          budget: { text: '400 al mes', monthly: 400 },
          tradeIn: { has: false },
        },
      ),
    ).toEqual({
      vehicle: { text: 'troca', bodyType: 'truck' },
      budget: { text: '400 al mes', monthly: 400 },
      tradeIn: { has: false },
    });
  });

  it('ignores a vehicle or budget without words', () => {
    expect(mergeFacts({}, { vehicle: { text: '' }, budget: { text: ' ' } })).toEqual({});
  });
});
