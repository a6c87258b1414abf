import { describe, expect, it } from 'vitest';
import type { Turn } from '../play/play-shopper.js';
import { plainLine, type Line } from '../shoppers/shopper.js';
import { findReAsks } from './re-asks.js';

const turn = (line: Line, asks: Turn['asks'], source: Turn['source'] = 'line'): Turn => ({
  text: line.say,
  line,
  source,
  messageId: 'm',
  reply: '',
  disclosure: false,
  asks,
  latencyMs: 1,
});

describe('findReAsks', () => {
  it('finds a slot asked again after the shopper answered it or said it unasked', () => {
    const said = { ...plainLine('need a 2019 civic'), sets: { vehicle: { model: 'Civic' } } };
    expect(findReAsks([turn(said, 'vehicle')])).toEqual([{ turn: 1, slot: 'vehicle' }]);
    expect(findReAsks([turn(plainLine('not sure yet'), 'tradeIn', 'budget'), turn(plainLine('no'), 'budget', 'tradeIn')])).toEqual([
      { turn: 2, slot: 'budget' },
    ]);
  });

  it('lets Cathy ask a slot the shopper has not filled, and the consent after a number', () => {
    const phone = { ...plainLine('786 412 3344'), sets: { phone: '+17864123344' } };
    expect(findReAsks([turn(plainLine('hi'), 'vehicle'), turn(phone, 'consent', 'phone')])).toEqual([]);
  });
});
