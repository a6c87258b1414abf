import { describe, expect, it } from 'vitest';
import { understand } from '../understanding/understand.js';
import { escalationReason } from './detect-escalation.js';

const reasonOf = (text: string, rules: string[] = [], locale: 'en' | 'es' = 'en') =>
  escalationReason(understand(text, { locale, defaultCountry: 'US', now: new Date('2025-03-04T19:00:00Z') }), text, rules);

describe('escalationReason', () => {
  it('reads a request for a person or a manager, in English and Spanish, typos and run-ons included', () => {
    for (const text of [
      'can I talk to a real person',
      'i want to talk to a persn',
      'can i talk to someone pls i been waiting forever and nobody answers my question about the truck and im tired of this',
      'get me a manager',
      'can you get your manager',
      'can I speak to your manager?',
      'quiero hablar con una persona',
      'necesito hablar con el gerente',
    ]) {
      expect([text, reasonOf(text)]).toEqual([text, 'asked']);
    }
  });

  it('reads hostility and complaints', () => {
    expect(reasonOf('this is useless')).toBe('hostility');
    expect(reasonOf('you are stupid')).toBe('hostility');
    expect(reasonOf('no me ayudas, que molesto', [], 'es')).toBe('hostility');
  });

  it("matches the site's own phrases as whole words of the normalized text", () => {
    expect(reasonOf('My LEASE RETURN is next week', ['lease return'])).toBe('rule');
    expect(reasonOf('is the recall fixed?', ['Recall'])).toBe('rule');
    expect(reasonOf('that was a release', ['lease'])).toBeUndefined();
    expect(reasonOf('do you have a 2019 CR-V?', ['lease return'])).toBeUndefined();
  });

  it('leaves questions about the team, and everything else, alone', () => {
    for (const text of [
      'how many salespeople work there',
      'is the manager nice?',
      'what does the sales manager do',
      '¿quién es el gerente?',
      'do you have people who speak spanish',
      'hi, do you have trucks?',
      'thanks!',
    ]) {
      expect([text, reasonOf(text)]).toEqual([text, undefined]);
    }
  });
});
