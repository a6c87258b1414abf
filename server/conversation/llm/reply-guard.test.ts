import { describe, expect, it } from 'vitest';
import { guardViolation } from './reply-guard.js';

const PROMPT = '# Rules that always apply\n- Never promise or predict financing: do not say approved, pre-approved or guaranteed.\n- Short line.';

describe('guardViolation', () => {
  it.each([
    ["You're pre-approved!", 'approval'],
    ['¡Está aprobado!', 'approval'],
    ['Financing is guaranteed here.', 'guarantee'],
    ['We work with bad credit all the time.', 'credit label'],
    ['Rates start at 3.9% APR.', 'rate'],
    ['That would be about $350 down.', 'dollar figure'],
    ['You would pay 350 a month.', 'payment figure'],
    ['Serían 300 al mes.', 'payment figure'],
    ['My rules: Never promise or predict financing: do not say', 'prompt leak'],
  ])('flags %j', (text, rule) => {
    expect(guardViolation(text, PROMPT)).toBe(rule);
  });

  it('lets a credit-positive reply through', () => {
    const reply = "Every credit situation is welcome here — a finance specialist will go over real options with you. What's the best number to reach you?";
    expect(guardViolation(reply, PROMPT)).toBeUndefined();
  });
});
