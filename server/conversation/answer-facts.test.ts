import { describe, expect, it } from 'vitest';
import { extract } from '../capture/extract.js';
import { answerFacts } from './answer-facts.js';

const answer = (lastQuestion: string | undefined, text: string) => answerFacts(lastQuestion, text, extract(text, { defaultCountry: 'US' }));

describe('answerFacts', () => {
  it('takes a bare name after Cathy asked for it', () => {
    expect(answer('name', 'maria lopez')).toMatchObject({ firstName: 'Maria', lastName: 'Lopez' });
    expect(answer('vehicle', 'maria lopez').firstName).toBeUndefined();
  });

  it("keeps the visitor's own words for credit and timeframe answers", () => {
    expect(answer('credit', 'it has been rough since my divorce').credit).toBe('it has been rough since my divorce');
    expect(answer('timeframe', 'once my tax refund comes in').timeframe).toBe('once my tax refund comes in');
  });

  it('ignores filler, questions and refusals', () => {
    for (const text of ['thanks!', 'gracias', 'hmm', 'ok', 'why do you ask?', 'no']) {
      expect(answer('credit', text).credit, text).toBeUndefined();
      expect(answer('timeframe', text).timeframe, text).toBeUndefined();
    }
  });
});
