import { describe, expect, it } from 'vitest';
import { looksLikePhone } from './looks-like-phone.js';

describe('looksLikePhone', () => {
  it.each(['773-241-8830', '(773) 241 88', '+1 773 2418830', '7732418'])('counts %j as a number being typed', (text) => {
    expect(looksLikePhone(text)).toBe(true);
  });
  it.each(['', 'a 2019 Honda', '$350 a month', '773-24'])('does not count %j', (text) => {
    expect(looksLikePhone(text)).toBe(false);
  });
});
