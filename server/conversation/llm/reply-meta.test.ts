import { describe, expect, it } from 'vitest';
import type { ReplyMeta } from '../responder.js';
import { replyMeta } from './reply-meta.js';

const phoneAsk: ReplyMeta = { asksForContact: true, language: 'en', state: { turn: 4, phoneAsks: 1, lastQuestion: 'phone' } };

describe('replyMeta', () => {
  it.each([
    "What's the best number to reach you?",
    'Could I get a phone number for our specialist?',
    '¿Cuál es el mejor número para llamarle?',
  ])('keeps the planned phone ask when the reply makes it: %j', (text) => {
    expect(replyMeta(phoneAsk, text, 0)).toBe(phoneAsk);
  });

  it('drops the consent notice and the counted ask when the model asked something else', () => {
    expect(replyMeta(phoneAsk, 'What kind of vehicle are you hoping for?', 0)).toEqual({
      asksForContact: false,
      language: 'en',
      state: { turn: 4, phoneAsks: 0, lastQuestion: undefined },
    });
  });

  it('leaves other plans alone', () => {
    const consent: ReplyMeta = { asksForContact: true, language: 'en', state: { turn: 2, lastQuestion: 'consent' } };
    expect(replyMeta(consent, 'Thanks!', 0)).toBe(consent);
  });
});
