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
