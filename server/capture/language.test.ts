import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it.each([
    ['hola'],
    ['hola, busco una troca'],
    ['¿cuánto es el enganche?'],
    ['quiero un carro usado'],
    ['tengo mal crédito, ¿me pueden ayudar?'],
    ['necesito una camioneta para mi familia'],
    ['gracias'],
    ['me llamo José'],
    ['mi número es 786 555 1234'],
    ['sí'],
  ])('recognises %j as Spanish', (text) => {
    expect(detectLanguage(text)).toBe('es');
  });

  it.each([
    ['hello'],
    ['thanks'],
    ["I'm looking for a used truck"],
    ['how much is the down payment?'],
    ['my name is José'],
    ['do you have the Civic in stock'],
    ['yes please'],
  ])('recognises %j as English', (text) => {
    expect(detectLanguage(text)).toBe('en');
  });

  it.each([['ok'], ['3055551234'], ['si'], ['no'], ['CR-V'], ['maria@gmail.com'], [''], ['👍']])(
    'cannot tell from %j',
    (text) => {
      expect(detectLanguage(text)).toBeUndefined();
    },
  );
});
