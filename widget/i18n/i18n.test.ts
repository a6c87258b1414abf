import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { es } from './es.js';
import { pickLocale, stringsFor, toLocale } from './index.js';

describe('locale choice', () => {
  it('maps BCP 47 tags to supported locales', () => {
    expect(toLocale('es-MX')).toBe('es');
    expect(toLocale('EN_us')).toBe('en');
    expect(toLocale('fr-FR')).toBeUndefined();
    expect(toLocale(7)).toBeUndefined();
  });

  it('takes the first supported candidate, defaulting to English', () => {
    expect(pickLocale(undefined, 'fr', 'es-419')).toBe('es');
    expect(pickLocale('en', 'es')).toBe('en');
    expect(pickLocale(undefined, 'de')).toBe('en');
  });
});

describe('string tables', () => {
  it('translate every key', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((s) => `${k}.${s}`) : [k]));
    expect(keys(es)).toEqual(keys(en));
    expect(stringsFor('es').typing('Cathy')).toBe('Cathy está escribiendo');
    expect(stringsFor('es').charsLeft(1)).toBe('Queda 1 carácter');
  });
});
