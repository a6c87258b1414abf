/**
 * What `npm test` holds the fast subset to (eval/eval.test.ts): today's measured baseline, a little below
 * where a reply's wording is picked at random or the hour changes what Cathy says. Raise a floor in the
 * commit that improves it; never lower one to make a change pass.
 */
export const SHOPPER_FLOORS = {
  /** Percent of labelled topics answered. */
  questionsAnsweredPercent: 40,
  /** Percent of leads with every expected fact right. */
  leadsAllRightPercent: 15,
  /** Percent of willing shoppers whose phone was captured. */
  capturePercent: 90,
  maxGuardrailBreaches: 40,
  maxVerbatimRepeats: 16,
  maxReAskedSlots: 3,
};

/** The understanding corpus read by the `capture` reader (today's rules); deterministic, so exact. */
export const CORPUS_FLOORS = {
  reader: 'capture',
  actPrecision: 0.59,
  actRecall: 0.45,
  entityPrecision: 0.74,
  entityRecall: 0.59,
  languageAccuracy: 0.98,
};
