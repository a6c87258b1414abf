import { describe, expect, it } from 'vitest';
import { findTradeIn } from './trade-in.js';

describe('findTradeIn', () => {
  it.each([
    ['I want to trade in my 2015 Civic for an SUV', { has: true, text: '2015 Civic' }],
    ['trade-in is a 2012 Altima', { has: true, text: '2012 Altima' }],
    ['my trade in would be a 2016 F-150 with 90k miles', { has: true, text: '2016 F-150' }],
    ['I have a car to trade', { has: true, text: 'car' }],
    ['I have a 2012 Altima I want to trade', { has: true, text: '2012 Altima' }],
    ['I have a 2012 Corolla to trade in', { has: true, text: '2012 Corolla' }],
    ['got my old 2009 Accord to trade-in', { has: true, text: 'old 2009 Accord' }],
    ['tengo un carro para dar a cuenta', { has: true, text: 'carro' }],
    ['tengo una troca 2014 para dar a cambio', { has: true, text: 'troca 2014' }],
    ['quiero dar mi Corolla a cuenta', { has: true, text: 'Corolla' }],
    ["what's the trade in value of my Civic?", { has: true, text: 'Civic' }],
    ['I have a trade-in', { has: true }],
    ['can I trade it in?', { has: true }],
    ['no trade', { has: false }],
    ['No trade-in, paying cash', { has: false }],
    ["I don't have a trade", { has: false }],
    ['nothing to trade', { has: false }],
    ['no tengo carro para dar a cuenta', { has: false }],
    ['nah I dont own a car right now', { has: false }],
    ['no i dont have a car', { has: false }],
    ['no tengo carro, por eso busco uno', { has: false }],
  ])('reads %j', (text, tradeIn) => {
    expect(findTradeIn(text).tradeIn).toEqual(tradeIn);
  });

  it.each([['do you take trade-ins?'], ['I need a truck'], ['I work in trade'], ['quiero cambiar de carro'], ["I don't have a car payment yet"]])(
    'finds no trade-in in %j',
    (text) => {
      expect(findTradeIn(text)).toEqual({});
    },
  );

  it('returns the span of the trade-in phrase so its vehicle can be masked', () => {
    const text = 'trade in my 2015 Civic for a 2020 CR-V';
    const span = findTradeIn(text).span;
    expect(span && text.slice(...span)).toBe('trade in my 2015 Civic');
  });
});
