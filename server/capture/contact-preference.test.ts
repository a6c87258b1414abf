import { describe, expect, it } from 'vitest';
import { findContactPreference } from './contact-preference.js';

describe('findContactPreference', () => {
  it.each([
    ['you can text me after 5', 'text'],
    ['I prefer texts, I work nights', 'text'],
    ['Texting is easier for me', 'text'],
    ['mándame un mensaje por favor', 'text'],
    ['calls only please', 'call'],
    ['I would rather a phone call', 'call'],
    ['prefiero una llamada', 'call'],
  ])('reads %j as %s', (text, preference) => {
    expect(findContactPreference(text)).toBe(preference);
  });

  it.each(['what is the price of the CR-V?', "don't text me", 'I got your text'])('finds no preference in %j', (text) => {
    expect(findContactPreference(text)).toBeUndefined();
  });
});
