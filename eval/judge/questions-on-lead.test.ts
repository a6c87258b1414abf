import { describe, expect, it } from 'vitest';
import type { Turn } from '../play/play-shopper.js';
import { plainLine } from '../shoppers/shopper.js';
import { questionsOnLead } from './questions-on-lead.js';

const turns = ['do you offer leasing?', 'r u open sat'].map(
  (text): Turn => ({ text, line: plainLine(text), source: 'line', messageId: 'm', reply: '', disclosure: false, latencyMs: 1 }),
);
const topics = [
  { turn: 1, topic: 'leasing' as const, answered: false },
  { turn: 2, topic: 'hours' as const, answered: true },
];

describe('questionsOnLead', () => {
  it('counts an unanswered question quoted on the lead or told in its own words', () => {
    expect(questionsOnLead(turns, topics, 'Questions for the specialist: "do you offer leasing?"')).toEqual({ unanswered: 1, onLead: 1 });
    expect(questionsOnLead(turns, topics, 'Asked whether we offer leasing.')).toEqual({ unanswered: 1, onLead: 1 });
  });

  it('does not count a lead that only shares common words with the question', () => {
    expect(questionsOnLead(turns, topics, 'Interested in a used Camry. What they want: you to call.')).toEqual({ unanswered: 1, onLead: 0 });
  });
});
