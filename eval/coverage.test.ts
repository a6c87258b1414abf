import { describe, expect, it } from 'vitest';
import { TOPICS } from './shoppers/shopper.js';
import { loadShoppers } from './shoppers/load-shoppers.js';
import { loadCorpus } from './understanding/corpus.js';

describe('the suite covers what issue 12 asks to measure', () => {
  it('has at least 80 shoppers, 20 of them Spanish or mixed', async () => {
    const shoppers = await loadShoppers();
    expect(shoppers.length).toBeGreaterThanOrEqual(80);
    expect(shoppers.filter((s) => s.language !== 'en').length).toBeGreaterThanOrEqual(20);
  });

  it('asks every topic and raises every situation somewhere', async () => {
    const asked = new Set((await loadShoppers()).flatMap((s) => [...s.lines, ...Object.values(s.replies)].flatMap((line) => line.answers)));
    expect(TOPICS.filter((topic) => !asked.has(topic))).toEqual([]);
  });

  it('labels at least 500 utterances with every act kind in English and Spanish', async () => {
    const corpus = await loadCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(500);
    const kinds = (lang: string) => new Set(corpus.filter((u) => u.lang === lang).flatMap((u) => u.acts.map((a) => a.split(':')[0])));
    for (const lang of ['en', 'es']) {
      expect([...kinds(lang)].sort()).toEqual(
        ['answer', 'browsing', 'complaint', 'goodbye', 'greeting', 'hostility', 'no', 'optOut', 'question', 'request', 'scamWorry', 'thanks', 'yes'],
      );
    }
  });
});
