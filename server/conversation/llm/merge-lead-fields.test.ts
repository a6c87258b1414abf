import { describe, expect, it } from 'vitest';
import { NO_FIELDS } from '../../test/support/openai-mock.js';
import type { LeadFields } from './lead-fields-schema.js';
import { mergeLeadFields } from './merge-lead-fields.js';

const fields = (found: Partial<LeadFields>): LeadFields => ({ ...NO_FIELDS, ...found });

describe('mergeLeadFields', () => {
  it('fills what the capture left empty and never overwrites what it found', () => {
    const merged = mergeLeadFields(
      { vehicle: { text: '2019 Honda CR-V', make: 'Honda', model: 'CR-V', year: 2019 }, language: 'en' },
      fields({
        firstName: ' Maria ',
        vehicle: { text: 'a minivan', year: null, make: null, model: null, bodyType: 'minivan' },
        budget: { text: 'around 350 a month', monthly: 350, total: null, down: null },
        tradeIn: { has: false, text: 'n/a' },
        timeframe: '',
        language: 'es',
      }),
    );
    expect(merged).toEqual({
      firstName: 'Maria',
      vehicle: { text: '2019 Honda CR-V', make: 'Honda', model: 'CR-V', year: 2019 },
      budget: { text: 'around 350 a month', monthly: 350 },
      tradeIn: { has: false },
      language: 'en',
    });
  });

  it("replaces a value the rules only guessed, and keeps one they read from a clear cue", () => {
    const current = { timeframe: 'whenever the refund', vehicle: { text: 'civic', model: 'Civic', make: 'Honda' }, firstName: 'Maria' };
    const model = fields({
      timeframe: 'after the tax refund, in March',
      vehicle: { text: '2020 Honda Civic', year: 2020, make: 'Honda', model: 'Civic', bodyType: null },
      firstName: 'Mara',
    });
    const merged = mergeLeadFields(current, model, {
      timeframe: { messageId: 'm2', confidence: 'low' },
      vehicle: { messageId: 'm1', confidence: 'low' },
      firstName: { messageId: 'm0', confidence: 'high' },
    });
    expect(merged.timeframe).toBe('after the tax refund, in March');
    expect(merged.vehicle).toEqual({ text: '2020 Honda Civic', year: 2020, make: 'Honda', model: 'Civic' });
    expect(merged.firstName).toBe('Maria');
    expect(mergeLeadFields({ phone: '+13055550142' }, fields({ phone: '+13055550123' }), { phone: { messageId: 'm1', confidence: 'low' } }).phone).toBe('+13055550142');
  });

  it('never takes phone or email from the model', () => {
    expect(mergeLeadFields({}, fields({ phone: '+13055550123', email: 'a@b.example' }))).toEqual({});
  });

  it("prefers the visitor's fuller words for the credit situation", () => {
    expect(mergeLeadFields({ credit: 'rebuilding' }, fields({ credit: 'rebuilding after a divorce two years ago' })).credit).toBe(
      'rebuilding after a divorce two years ago',
    );
    expect(mergeLeadFields({ credit: 'had a repo in 2021, rebuilding since' }, fields({ credit: 'rebuilding' })).credit).toBe(
      'had a repo in 2021, rebuilding since',
    );
  });

  it('keeps values on one line, clips names, and drops figures no deal has', () => {
    const merged = mergeLeadFields(
      {},
      fields({
        firstName: 'Maria\r\nBcc: everyone@example.com',
        lastName: 'L'.repeat(500),
        vehicle: { text: 'a 2019\nCR-V', year: 20190, make: 'Honda', model: 'CR-V', bodyType: null },
        budget: { text: 'nothing down, about 350 a month', monthly: -350, total: 1e12, down: 0 },
      }),
    );
    expect(merged.firstName).toBe('Maria Bcc: everyone@example.com');
    expect(merged.lastName).toHaveLength(60);
    expect(merged.vehicle).toEqual({ text: 'a 2019 CR-V', make: 'Honda', model: 'CR-V' });
    expect(merged.budget).toEqual({ text: 'nothing down, about 350 a month', down: 0 });
  });
});
