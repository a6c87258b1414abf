import { describe, expect, it } from 'vitest';
import { en } from './phrases.en.js';
import { es } from './phrases.es.js';
import type { Phrases } from './phrases.js';

// One object that satisfies every key's parameters, so each line can be rendered.
const PARAMS = {
  name: 'Maria',
  persona: 'Cathy',
  dealer: 'Sunrise Auto',
  phone: '(555) 010-0000',
  address: '100 Main St',
  close: '7:00 PM',
  when: 'tomorrow at 9:00 AM',
  vehicle: '2019 CR-V',
  condition: 'used',
  channel: 'phone',
  reason: 'invalid',
  last4: '0142',
  day: 'Saturday',
  open: '9:00 AM',
  languages: 'English and Spanish',
  url: 'https://sunriseauto.example/inventory',
  text: 'walk-ins are welcome.',
} as const;

const VARIED_PARAMS = [PARAMS, { ...PARAMS, condition: 'new', channel: 'email', reason: 'fictional' }, { ...PARAMS, reason: 'incomplete' }];

/** Keys whose name or vehicle is optional, rendered once more without it. */
const OPTIONAL = new Set(['hello', 'welcomeBack', 'goodbye', 'askPhoneShort', 'leadThanks', 'leadUpdated', 'inventory', 'callMeAsk', 'textMeAsk']);

function render(phrases: Phrases): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [key, variants] of Object.entries(phrases) as Array<[string, ReadonlyArray<(p: object) => string>]>) {
    const sets = OPTIONAL.has(key) ? [...VARIED_PARAMS, { ...PARAMS, name: undefined, vehicle: undefined }] : VARIED_PARAMS;
    for (const line of variants) for (const params of sets) out.push([key, line(params)]);
  }
  return out;
}

const FORBIDDEN = /approv|aprob|aprueb|guarant|garantiz|bad credit|mal cr[eé]dito|cr[eé]dito malo|denied|negad|subprime|%|\$\s*\d/i;

describe.each([
  ['en', en],
  ['es', es],
])('%s phrases', (_, phrases) => {
  it('say nothing forbidden in any phrasing', () => {
    for (const [key, text] of render(phrases)) expect(text, key).not.toMatch(FORBIDDEN);
  });

  it('offer two to four phrasings of everything but the greeting', () => {
    for (const [key, variants] of Object.entries(phrases)) {
      if (key === 'defaultGreeting') continue;
      expect(variants.length, key).toBeGreaterThanOrEqual(2);
      expect(variants.length, key).toBeLessThanOrEqual(4);
    }
  });

  it('never leave a placeholder or an empty sentence', () => {
    for (const [key, text] of render(phrases)) {
      expect(text.trim(), key).not.toBe('');
      expect(text, key).not.toMatch(/undefined|\$\{|,\s*[!?.]|\s{2}/);
    }
  });
});

describe('phrase tables', () => {
  it('hold the same keys in English and Spanish', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });
});
