import { describe, expect, it } from 'vitest';
import type { CapturedFacts } from '../../capture/facts.js';
import type { ConversationState } from '../../store/records.js';
import { canAskPhone, nextStep, SLOT_ORDER, type NextStepInput } from './next-step.js';
import { OPEN_NOW, QUALIFIED } from './test-input.js';

function step(facts: CapturedFacts, state: Partial<ConversationState> = {}, extra: Partial<NextStepInput> = {}) {
  return nextStep({
    facts,
    state: { turn: 3, phoneAsks: 0, declinedPhone: false, optedOut: false, humanRequested: false, ...state },
    now: OPEN_NOW,
    answeredQuestion: false,
    specialistMentioned: false,
    declinedNow: false,
    ...extra,
  });
}

describe('nextStep', () => {
  it('follows the policy order as facts arrive', () => {
    const facts: CapturedFacts = {};
    const asked = [];
    const fill: Record<string, Partial<CapturedFacts>> = {
      vehicle: { vehicle: { text: 'SUV' } },
      condition: { condition: 'new' },
      budget: { budget: { text: '30k' } },
      tradeIn: { tradeIn: { has: true } },
      credit: { credit: 'fair' },
      timeframe: { timeframe: 'soon' },
      name: { firstName: 'Ana' },
      phone: { phone: '+13105550123' },
      callTime: { callTime: 'evening' },
    };
    for (let i = 0; i < SLOT_ORDER.length + 1; i++) {
      const slot = step(facts, { turn: i });
      if (!slot) break;
      asked.push(slot);
      Object.assign(facts, fill[slot]);
    }
    expect(asked).toEqual(['vehicle', 'condition', 'budget', 'tradeIn', 'credit', 'timeframe', 'name', 'phone', 'callTime']);
  });

  it('skips what the facts already hold', () => {
    expect(step({ vehicle: { text: 'truck' }, budget: { text: '25k' } })).toBe('condition');
    expect(step({ vehicle: { text: 'truck' }, condition: 'new', budget: { text: '25k' } })).toBe('tradeIn');
  });

  it('skips new-or-used for a model year that can only be used', () => {
    expect(step({ vehicle: { text: '2019 CR-V', year: 2019 } })).toBe('budget');
    expect(step({ vehicle: { text: '2024 CR-V', year: 2024 } })).toBe('condition');
  });

  it('does not repeat a question already asked', () => {
    expect(step({}, { lastQuestion: 'vehicle' })).toBe('condition');
    expect(step({}, {}, { askedBefore: new Set(['vehicle', 'condition']) })).toBe('budget');
  });

  it('asks for the phone only after value is given, and never in answer to the first message', () => {
    expect(step(QUALIFIED, { turn: 0 })).toBeUndefined();
    expect(step(QUALIFIED, { turn: 0 }, { answeredQuestion: true })).toBeUndefined();
    expect(step(QUALIFIED, { turn: 1 }, { answeredQuestion: true })).toBe('phone');
    expect(step(QUALIFIED, { turn: 1 })).toBe('phone');
  });

  it('brings the phone forward after pointing to a specialist, from the second message on', () => {
    expect(step({}, { turn: 1 }, { answeredQuestion: true, specialistMentioned: true })).toBe('phone');
    expect(step({}, { turn: 0 }, { answeredQuestion: true, specialistMentioned: true })).toBe('vehicle');
    expect(step({}, { turn: 0 }, { answeredQuestion: false, specialistMentioned: true })).toBe('vehicle');
  });

  it('asks for the phone at most twice and never twice in a row', () => {
    expect(step(QUALIFIED, { phoneAsks: 1 })).toBe('phone');
    expect(step(QUALIFIED, { phoneAsks: 1, lastQuestion: 'phone' })).toBeUndefined();
    expect(step(QUALIFIED, { phoneAsks: 2 })).toBeUndefined();
  });

  it('offers email once when the phone is declined, then asks for no contact', () => {
    expect(step(QUALIFIED, {}, { declinedNow: true })).toBe('email');
    expect(step(QUALIFIED, { declinedPhone: true, lastQuestion: 'email' })).toBeUndefined();
    expect(step({ ...QUALIFIED, email: 'a@b.co' }, {}, { declinedNow: true })).toBeUndefined();
    expect(step({ vehicle: { text: 'truck' } }, { declinedPhone: true })).toBe('condition');
  });

  it('asks for no name or phone after an opt-out', () => {
    const { firstName: _, ...unnamed } = QUALIFIED;
    expect(step(unnamed, { optedOut: true })).toBeUndefined();
  });

  it('asks the best time to call once a number is known', () => {
    expect(step({ ...QUALIFIED, phone: '+13105550123' })).toBe('callTime');
    expect(step({ ...QUALIFIED, phone: '+13105550123', callTime: 'morning' })).toBeUndefined();
  });
});

describe('canAskPhone', () => {
  const state: ConversationState = { turn: 2, phoneAsks: 0, declinedPhone: false, optedOut: false, humanRequested: false };

  it('refuses while a volunteered number waits for consent', () => {
    expect(canAskPhone({ facts: {}, state, answeredQuestion: false })).toBe(true);
    expect(canAskPhone({ facts: {}, state: { ...state, pendingContact: { phone: '+1', messageId: 'm' } }, answeredQuestion: false })).toBe(false);
  });
});
