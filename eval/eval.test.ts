import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_FLOORS, SHOPPER_FLOORS } from './floors.js';
import { totalsOf, type Totals } from './report/totals.js';
import { runShoppers } from './run-shoppers.js';
import { loadShoppers } from './shoppers/load-shoppers.js';
import { loadCorpus } from './understanding/corpus.js';
import { READERS } from './understanding/readers.js';
import { scoreCorpus } from './understanding/score.js';

describe('the evaluation suite, fast subset', () => {
  let totals: Totals;
  beforeAll(async () => {
    const smoke = (await loadShoppers()).filter((shopper) => shopper.smoke);
    totals = totalsOf((await runShoppers(smoke)).map((run) => run.result));
  }, 120_000);

  it('plays at least a dozen shoppers, some in Spanish', async () => {
    const smoke = (await loadShoppers()).filter((shopper) => shopper.smoke);
    expect(smoke.length).toBeGreaterThanOrEqual(12);
    expect(smoke.some((shopper) => shopper.language !== 'en')).toBe(true);
    expect(totals.shoppers).toBe(smoke.length);
  });

  it('answers the labelled questions at least as often as the floor', () => {
    expect(totals.questions.percent).toBeGreaterThanOrEqual(SHOPPER_FLOORS.questionsAnsweredPercent);
  });

  it('gets every lead fact right at least as often as the floor', () => {
    expect(totals.leadsAllRight.percent).toBeGreaterThanOrEqual(SHOPPER_FLOORS.leadsAllRightPercent);
  });

  it('captures willing shoppers at least as often as the floor', () => {
    expect(totals.capture.percent).toBeGreaterThanOrEqual(SHOPPER_FLOORS.capturePercent);
  });

  it('breaks guardrails, repeats sentences and re-asks filled slots no more than the ceiling', () => {
    expect(totals.guardrailBreaches).toBeLessThanOrEqual(SHOPPER_FLOORS.maxGuardrailBreaches);
    expect(totals.verbatimRepeats).toBeLessThanOrEqual(SHOPPER_FLOORS.maxVerbatimRepeats);
    expect(totals.reAskedSlots).toBeLessThanOrEqual(SHOPPER_FLOORS.maxReAskedSlots);
  });

  it('leaves no request for a person silent: each one is an escalation the dealer sees', () => {
    expect(totals.personRequests.silent).toBeLessThanOrEqual(SHOPPER_FLOORS.maxSilentPersonRequests);
    expect(totals.personRequests.escalated).toBe(totals.personRequests.asked);
  });

  it('reads the understanding corpus at least as well as the floor', async () => {
    const corpus = await loadCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(500);
    const reader = READERS[CORPUS_FLOORS.reader];
    if (!reader) throw new Error(`no reader ${CORPUS_FLOORS.reader}`);
    const score = await scoreCorpus(corpus, reader);
    expect(score.acts.micro.precision).toBeGreaterThanOrEqual(CORPUS_FLOORS.actPrecision);
    expect(score.acts.micro.recall).toBeGreaterThanOrEqual(CORPUS_FLOORS.actRecall);
    expect(score.entities.micro.precision).toBeGreaterThanOrEqual(CORPUS_FLOORS.entityPrecision);
    expect(score.entities.micro.recall).toBeGreaterThanOrEqual(CORPUS_FLOORS.entityRecall);
    expect(score.languageAccuracy).toBeGreaterThanOrEqual(CORPUS_FLOORS.languageAccuracy);
  });
});
