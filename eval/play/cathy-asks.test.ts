import { describe, expect, it } from 'vitest';
import { cathyAsks } from './cathy-asks.js';

describe('cathyAsks', () => {
  it('reads a reply with the consent disclosure as a phone ask', () => {
    expect(cathyAsks('A specialist can go over options — what is the best way to reach you?', true)).toBe('phone');
  });

  it('reads a consent question as consent even beside the disclosure', () => {
    expect(cathyAsks('Thanks! Is it okay for Sunrise Auto to call or text you at that number?', true)).toBe('consent');
  });

  it('judges the last question of the reply, in Spanish too', () => {
    expect(cathyAsks('¡Buena elección! ¿Tiene un vehículo para dar a cambio?', false)).toBe('tradeIn');
    expect(cathyAsks("What's your name? Also, when are you hoping to buy?", false)).toBe('timeframe');
  });

  it('finds no slot in a reply without a question', () => {
    expect(cathyAsks("We're open until 7:00 PM today.", false)).toBeUndefined();
  });
});
