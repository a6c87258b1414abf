import { describe, expect, it } from 'vitest';
import type { Reading } from '../../server/understanding/reading.js';
import type { Utterance } from './corpus.js';
import { scoreCorpus } from './score.js';

const reading = (partial: Partial<Reading>): Reading => ({
  language: 'en',
  acts: [],
  entities: { vehicleWanted: [], money: [], times: [], phones: [], emails: [] },
  sentiment: 0,
  ...partial,
});

describe('scoreCorpus', () => {
  it('scores precision and recall per act and entity kind', async () => {
    const corpus: Utterance[] = [
      { text: 'r u open sat', lang: 'en', acts: ['question:hours'], entities: [] },
      { text: 'around 350 a month', lang: 'en', acts: [], entities: ['money.monthly=350'] },
    ];
    const score = await scoreCorpus(corpus, (text) =>
      text.startsWith('r u')
        ? reading({ acts: [{ kind: 'question', topic: 'hours' }, { kind: 'greeting' }] })
        : reading({ entities: { vehicleWanted: [], money: [{ amount: 640, role: 'monthly', text: '' }], times: [], phones: [], emails: [] } }),
    );
    const kind = (list: typeof score.acts.byKind, name: string) => list.find((k) => k.kind === name);
    expect(kind(score.acts.byKind, 'question:hours')).toMatchObject({ precision: 1, recall: 1 });
    expect(kind(score.acts.byKind, 'greeting')).toMatchObject({ falsePositives: 1, precision: 0 });
    expect(kind(score.entities.byKind, 'money.monthly')).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
    expect(score.exact).toBe(0);
    expect(score.misses).toHaveLength(2);
  });

  it('compares entity values without case, spaces or hyphens', async () => {
    const corpus: Utterance[] = [{ text: 'a crv', lang: 'en', acts: [], entities: ['vehicleWanted.model=CR-V'] }];
    const score = await scoreCorpus(corpus, () =>
      reading({ entities: { vehicleWanted: [{ text: 'crv', model: 'crv' }], money: [], times: [], phones: [], emails: [] } }),
    );
    expect(score.exact).toBe(1);
  });
});
