import { describe, expect, it } from 'vitest';
import { findCallTime, findCredit, findTimeframe } from './situation.js';

describe('findCredit', () => {
  it.each([
    ['my credit score is 580', 'my credit score is 580'],
    ["Hi! I had a repo in 2021 but I'm rebuilding. Need a truck.", "I had a repo in 2021 but I'm rebuilding."],
    ['Filed bankruptcy last year, chapter 7 discharged', 'Filed bankruptcy last year, chapter 7 discharged'],
    ['I have some collections', 'I have some collections'],
    ['no credit, first time buyer', 'no credit, first time buyer'],
    ["I'm self-employed, is that ok?", "I'm self-employed, is that ok?"],
    ['I only have an ITIN', 'I only have an ITIN'],
    ['no tengo crédito, es mi primer carro', 'no tengo crédito, es mi primer carro'],
    ['Me declaré en bancarrota hace 2 años.', 'Me declaré en bancarrota hace 2 años.'],
    ['busco troca. Tengo mal crédito', 'Tengo mal crédito'],
    ['sin crédito', 'sin crédito'],
    ['around 300 a month, my credit is not great after a divorce', 'my credit is not great after a divorce'],
    ['busco una troca, tengo mal crédito, pero trabajo', 'tengo mal crédito, pero trabajo'],
  ])('quotes the credit situation in %j', (text, credit) => {
    expect(findCredit(text)).toBe(credit);
  });

  it('joins every sentence about credit', () => {
    expect(findCredit('My score is around 550. I need an SUV. I had a repo in 2019.')).toBe(
      'My score is around 550. I had a repo in 2019.',
    );
  });

  it('caps the quote at 200 characters, cut at a word', () => {
    const credit = findCredit(`My credit is ${'really '.repeat(40)}bad`);
    expect(credit?.length).toBeLessThanOrEqual(200);
    expect(credit).toMatch(/^My credit is really .*really…$/);
  });

  it.each([['I need a truck'], ['can I pay the down payment with a credit card?'], ['pago con tarjeta de crédito']])(
    'finds no credit situation in %j',
    (text) => {
      expect(findCredit(text)).toBeUndefined();
    },
  );
});

describe('findTimeframe', () => {
  it.each([
    ['I need it today', 'today'],
    ['this weekend if possible', 'this weekend'],
    ['ASAP', 'ASAP'],
    ['maybe next month', 'next month'],
    ['just looking for now', 'just looking'],
    ['in 2 weeks', 'in 2 weeks'],
    ['within a few months', 'within a few months'],
    ['lo necesito hoy', 'hoy'],
    ['esta semana', 'esta semana'],
    ['el próximo mes', 'el próximo mes'],
    ['lo antes posible', 'lo antes posible'],
    ['mañana por la mañana', 'mañana'],
    ['solo estoy mirando', 'solo estoy mirando'],
    ['I want to buy within 12 months. I can do 300 a month', 'within 12 months'],
    ['I could pay 500 a month in 2 months, after my bonus', 'in 2 months'],
    ['not in a hurry, maybe few months', 'not in a hurry, maybe few months'],
    ['2 weeks, before my lease ends', '2 weeks'],
    ['couple months probably', 'couple months'],
  ])('quotes the timeframe in %j', (text, timeframe) => {
    expect(findTimeframe(text)).toBe(timeframe);
  });

  it.each([['I can pay 300 a month within 60 months'], ['$400/mo in 72 months'], ['puedo pagar 300 al mes en 60 meses']])(
    'does not take the loan term of a budget sentence as the timeframe in %j',
    (text) => {
      expect(findTimeframe(text)).toBeUndefined();
    },
  );

  it.each([['I need an SUV'], ['call me por la mañana'], ['is the Camry new?'], ['got laid off 2 weeks ago'], ['3 months behind on my car note'], ['my 2 month old needs a car seat']])('finds no timeframe in %j', (text) => {
    expect(findTimeframe(text)).toBeUndefined();
  });
});

describe('findCallTime', () => {
  it.each([
    ['call me in the morning', 'morning'],
    ['mornings are best', 'morning'],
    ['mañana por la mañana', 'morning'],
    ['afternoon please', 'afternoon'],
    ['por la tarde', 'afternoon'],
    ['evenings after 6', 'evening'],
    ['after work', 'evening'],
    ['en la noche', 'evening'],
    ['anytime', 'nopreference'],
    ['whenever is fine', 'nopreference'],
    ['a cualquier hora', 'nopreference'],
    ['morning or afternoon', 'morning'],
  ])('reads %j as %s', (text, callTime) => {
    expect(findCallTime(text)).toBe(callTime);
  });

  it.each([['good morning!'], ['Good evening, is the Civic available?'], ['buenas tardes'], ['buenas noches'], ['es tarde']])(
    'does not take the greeting %j as a call time',
    (text) => {
      expect(findCallTime(text)).toBeUndefined();
    },
  );
});
