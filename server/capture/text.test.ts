import { describe, expect, it } from 'vitest';
import { fold, maskSpans, sentences } from './text.js';

describe('fold', () => {
  it.each([
    ['Crédito NÚMERO Año', 'credito numero ano'],
    ['¿Cuánto?', '¿cuanto?'],
    ['José 👍 Pérez', 'jose 👍 perez'],
  ])('folds %j to %j keeping its length', (text, folded) => {
    expect(fold(text)).toBe(folded);
    expect(fold(text)).toHaveLength(text.length);
  });

  it('folds plain ASCII as it folds the same characters beside an accent', () => {
    const ascii = String.fromCharCode(...Array.from({ length: 128 }, (_, code) => code));
    expect(fold(ascii)).toBe(fold(`${ascii}é`).slice(0, -1));
    expect(fold('Do you have a used SUV? CALL ME at 5pm')).toBe('do you have a used suv? call me at 5pm');
  });
});

describe('maskSpans', () => {
  it('blanks the spans out and keeps the offsets', () => {
    const text = 'call 305-555-1234 or write a@b.co';
    const masked = maskSpans(text, [[5, 17], [27, 33]]);
    expect(masked).toBe(`call ${' '.repeat(12)} or write ${' '.repeat(6)}`);
    expect(masked).toHaveLength(text.length);
  });
});

describe('sentences', () => {
  it('splits on stops and line breaks', () => {
    expect(sentences('Hi! I had a repo.\nNeed a truck?  ok')).toEqual(['Hi!', 'I had a repo.', 'Need a truck?', 'ok']);
  });
});
