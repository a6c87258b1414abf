import { describe, expect, it } from 'vitest';
import type { Budget } from './facts.js';
import { findBudget } from './money.js';

describe('findBudget', () => {
  it.each<[string, Budget]>([
    ['$350 a month', { text: '$350 a month', monthly: 350 }],
    ['around 400/mo', { text: 'around 400/mo', monthly: 400 }],
    ['under $450 monthly', { text: 'under $450 monthly', monthly: 450 }],
    ['I can do 300 per month', { text: '300 per month', monthly: 300 }],
    ['400 month, maybe 450 tops', { text: '400 month', monthly: 400 }],
    ['around 350ish a month', { text: 'around 350ish a month', monthly: 350 }],
    ['like 275 a mnth', { text: '275 a mnth', monthly: 275 }],
    ['my payment needs to be under 400', { text: 'under 400', monthly: 400 }],
    ['400 al mes', { text: '400 al mes', monthly: 400 }],
    ['puedo pagar 400 mensuales', { text: '400 mensuales', monthly: 400 }],
    ['pagos de 350', { text: 'pagos de 350', monthly: 350 }],
    ['my budget is 400', { text: 'budget is 400', monthly: 400 }],
    ['under 20k', { text: 'under 20k', total: 20000 }],
    ['$15,000', { text: '$15,000', total: 15000 }],
    ['budget is 18000', { text: 'budget is 18000', total: 18000 }],
    ['mi presupuesto es de 15 mil', { text: 'presupuesto es de 15 mil', total: 15000 }],
    ['something around 12 thousand dollars', { text: 'around 12 thousand dollars', total: 12000 }],
    ['between 15k and 20k', { text: 'between 15k and 20k', total: 20000 }],
    ['$2,000 down', { text: '$2,000 down', down: 2000 }],
    ['2000 de enganche', { text: '2000 de enganche', down: 2000 }],
    ['tengo 2000 de inicial', { text: '2000 de inicial', down: 2000 }],
    ['down payment of $1,500', { text: 'down payment of $1,500', down: 1500 }],
    ['can I do $0 down?', { text: '$0 down', down: 0 }],
    [
      'I can put $2,000 down and pay around 350 a month',
      { text: '$2,000 down and pay around 350 a month', down: 2000, monthly: 350 },
    ],
    ['between 300 and 400 a month', { text: 'between 300 and 400 a month', monthly: 400 }],
  ])('reads %j', (text, budget) => {
    expect(findBudget(text)).toEqual(budget);
  });

  it.each([
    ['a 2019 with 60,000 miles'],
    ['under 100k miles'],
    ['a 72 month loan'],
    ['3 month old baby so i need space'],
    ['around 2015 or newer'],
    ['my zip is 33101'],
    ["I'm 25"],
    ['I make 3000 a month'],
    ['gano 2500 al mes'],
    ['my credit score is 580'],
    ['rent is 1200 a month'],
    ['a 12 month warranty'],
    ['call me at 5'],
    ['in 2 weeks'],
    ['0% APR?'],
    ['I saw it on your site'],
  ])('finds no budget in %j', (text) => {
    expect(findBudget(text)).toBeUndefined();
  });

  it('quotes budget phrases apart when other words come between them', () => {
    expect(findBudget('under 15k, maybe a Corolla or Civic, I have 1500 down')).toEqual({
      text: 'under 15k; 1500 down',
      total: 15000,
      down: 1500,
    });
  });

  it('joins far-apart budget phrases instead of quoting everything between them', () => {
    const text =
      "I'd like to keep it under $400 a month if possible. I'm looking at SUVs, maybe a CR-V or a RAV4, and I have $3,000 down";
    expect(findBudget(text)).toEqual({ text: 'under $400 a month; $3,000 down', monthly: 400, down: 3000 });
  });
});
