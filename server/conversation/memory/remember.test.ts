import { describe, expect, it } from 'vitest';
import type { CapturedFacts } from '../../capture/facts.js';
import type { FactSources } from '../../store/records.js';
import type { Slot } from '../../understanding/reading.js';
import { understand } from '../../understanding/understand.js';
import { remember } from './remember.js';

const read = (text: string, lastQuestion?: Slot) => understand(text, { lastQuestion, locale: 'en', defaultCountry: 'US', now: new Date('2026-12-06T15:00:00Z') });

function chat(...turns: Array<[string, Slot?]>): { facts: CapturedFacts; sources: FactSources } {
  let memory = { facts: {} as CapturedFacts, sources: {} as FactSources };
  turns.forEach(([text, lastQuestion], i) => {
    memory = remember(memory.facts, memory.sources, read(text, lastQuestion), `m${i}`);
  });
  return memory;
}

describe('remember', () => {
  it('records which message each fact came from and how sure it was', () => {
    const { sources } = chat(['I want a 2019 Civic'], ["It's Darnell", 'name']);
    expect(sources.vehicle).toEqual({ messageId: 'm0', confidence: 'high' });
    expect(sources.firstName).toEqual({ messageId: 'm1', confidence: 'low' });
  });

  it('lets a correction replace the whole vehicle, so an old year does not carry over', () => {
    const { facts } = chat(['looking at a 2015 Honda Civic'], ['actually a Silverado']);
    expect(facts.vehicle).toMatchObject({ make: 'Chevrolet', model: 'Silverado' });
    expect(facts.vehicle?.year).toBeUndefined();
  });

  it('never lets a guess replace a sure value', () => {
    const { facts } = chat(['my name is Maria'], ['Lopez', 'name']);
    expect(facts.firstName).toBe('Maria');
  });

  it('keeps every credit statement and never a question', () => {
    const { facts } = chat(['I had a repossession two years ago'], ['Will this hurt my credit?', 'credit'], ['my score is 640 now']);
    expect(facts.credit).toBe('I had a repossession two years ago my score is 640 now');
  });

  it('fills a timeframe only with a time, not with a name or a complaint about the number', () => {
    const { facts } = chat(['my name is Aaliyah', 'timeframe'], ['i already gave you my number', 'timeframe']);
    expect(facts.timeframe).toBeUndefined();
    expect(facts.firstName).toBe('Aaliyah');
  });

  it('keeps open questions for the specialist, once each', () => {
    const first = remember({}, {}, read('hi'), 'm0', { questions: ['is the red one still there?'] });
    const second = remember(first.facts, first.sources, read('ok'), 'm1', { questions: ['is the red one still there?', 'what rate?'] });
    expect(second.facts.questions).toEqual(['is the red one still there?', 'what rate?']);
  });
});
