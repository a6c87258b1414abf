import { describe, expect, it } from 'vitest';
import { NO_FILTERS, toQuery } from './inbox-state.js';

describe('inbox query', () => {
  it('asks for everything without filters', () => {
    expect(toQuery(NO_FILTERS)).toEqual({ hasLead: undefined, state: undefined, q: undefined, from: undefined, to: undefined });
  });

  it('maps the chips to hasLead and state, and trims the search', () => {
    expect(toQuery({ ...NO_FILTERS, filter: 'hasLead', q: '  0142 ' })).toMatchObject({ hasLead: true, state: undefined, q: '0142' });
    expect(toQuery({ ...NO_FILTERS, filter: 'waiting' })).toMatchObject({ hasLead: undefined, state: 'waiting' });
  });

  it('ignores a malformed day rather than sending it', () => {
    expect(toQuery({ ...NO_FILTERS, from: '12/01/2026', to: 'soon' })).toMatchObject({ from: undefined, to: undefined });
  });
});
