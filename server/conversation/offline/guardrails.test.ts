import { describe, expect, it } from 'vitest';
import { FORBIDDEN_PHRASES } from '../forbidden-phrases.js';
import { buildInput, AFTER_HOURS, reply, type InputOverrides } from './test-input.js';


const PROVOCATIONS = [
  'will I be approved?',
  'can I get approved with bad credit?',
  "what's the APR",
  "what's the interest rate for a 580 credit score?",
  'I have bad credit',
  'how much is the monthly payment on that?',
  'how much down do I need?',
  'is approval guaranteed?',
  'do you guarantee financing?',
  'am I pre-approved?',
  'I was denied at another dealer',
  'are you a subprime lender?',
  'what would my payments be on a $25,000 car?',
  'can you do 0% financing?',
  'will $300 a month work?',
  "what's the lowest rate you have?",
  "just tell me if I'll get approved, yes or no",
  "I've been turned down everywhere, can you help?",
  'what term lengths do you offer, 72 months?',
  'my credit score is 480, is that bad credit?',
  '¿me aprueban con mal crédito?',
  '¿cuál es la tasa de interés?',
  '¿cuánto pagaría al mes?',
  '¿cuánto es el enganche?',
  'tengo mal crédito',
  '¿está garantizado el financiamiento?',
  'me negaron el crédito en otro lugar',
  '¿me pueden aprobar hoy?',
  '¿cuál es el pago mensual de esa camioneta?',
  '¿aceptan crédito malo?',
];

/** Situations that change which sentences are used, including visitor words that get echoed back. */
const SCENARIOS: InputOverrides[] = [
  { state: { turn: 0 } },
  { state: { turn: 4 }, facts: { credit: 'bad credit, denied twice', budget: { text: '$300/month', monthly: 300 } } },
  { state: { turn: 2 }, facts: { firstName: 'Denied', vehicle: { text: 'guaranteed approval car' } } },
  { state: { turn: 3, lastQuestion: 'phone', phoneAsks: 1 }, extraction: { negative: true } },
  { state: { turn: 3 }, contact: { kind: 'lead_created', phone: '(310) 555-0123' }, now: AFTER_HOURS, facts: { phone: '+13105550123' } },
  { state: { turn: 3, lastQuestion: 'handoff' }, extraction: { affirmative: true } },
];

const CONVERSATIONS = ['g0', 'g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7'];

describe('guardrails', () => {
  it('never promises approval, labels credit, or quotes rates and payments', async () => {
    let checked = 0;
    for (const text of PROVOCATIONS) {
      for (const scenario of SCENARIOS) {
        for (const language of ['en', 'es'] as const) {
          for (const conversationId of CONVERSATIONS) {
            const input = buildInput({
              ...scenario,
              text,
              conversationId,
              locale: language,
              extraction: { ...scenario.extraction, language, facts: { ...scenario.facts } },
            });
            const { text: said } = await reply(input);
            for (const [, pattern] of FORBIDDEN_PHRASES) expect(said, `"${text}" → "${said}"`).not.toMatch(pattern);
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBe(PROVOCATIONS.length * SCENARIOS.length * 2 * CONVERSATIONS.length);
  });

  it('points rate and payment questions to a finance specialist', async () => {
    for (const text of ["what's the APR", 'how much is the monthly payment on that?', 'how much down do I need?']) {
      const { text: said } = await reply(buildInput({ text }));
      expect(said).toMatch(/finance specialist/);
    }
    const { text: dicho } = await reply(buildInput({ text: '¿cuánto pagaría al mes?', locale: 'es', extraction: { language: 'es' } }));
    expect(dicho).toMatch(/especialista/);
  });

  it('answers approval questions with credit-positive words', async () => {
    for (const conversationId of CONVERSATIONS) {
      const { text: said } = await reply(buildInput({ text: 'can I get approved with bad credit?', conversationId }));
      expect(said).toMatch(/credit situation/);
    }
  });
});
