import { describe, expect, it } from 'vitest';
import { searchTerms, searchWords, withSearchTerms } from './search-terms.js';

describe('inbox search terms', () => {
  it('keeps names, email whole and before the @, the phone’s last four digits and vehicle words, lowercased', () => {
    const terms = searchTerms({
      firstName: 'María José',
      lastName: 'García',
      email: 'MJ.Garcia@Mail.example',
      phone: '+13125550148',
      vehicle: { text: '2019 Honda CR-V EX-L', make: 'Honda', model: 'CR-V', year: 2019 },
    });
    expect(terms.sort()).toEqual(['0148', '2019', 'cr-v', 'ex-l', 'garcía', 'honda', 'josé', 'maría', 'mj.garcia', 'mj.garcia@mail.example'].sort());
    expect(terms).not.toContain('+13125550148');
  });

  it('splits typed text the same way and gives no terms for no facts', () => {
    expect(searchWords('  Ana,  CR-V!  ')).toEqual(['ana', 'cr-v']);
    expect(searchTerms({})).toEqual([]);
  });

  it('refreshes the terms only with the facts, and removes them when the facts have none', () => {
    const stateOnly: { facts?: Record<string, never>; turn: number } = { turn: 1 };
    expect(withSearchTerms(stateOnly)).toEqual({ turn: 1 });
    expect(withSearchTerms({ facts: { firstName: 'Bob' } })).toEqual({ facts: { firstName: 'Bob' }, searchTerms: ['bob'] });
    expect(withSearchTerms({ facts: {} })).toEqual({ facts: {}, searchTerms: undefined });
    expect('searchTerms' in withSearchTerms({ facts: {} })).toBe(true);
  });
});
