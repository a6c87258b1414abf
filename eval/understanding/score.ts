import type { Reading, ReadingContext, Understand } from '../../server/understanding/reading.js';
import { quantile } from '../report/totals.js';
import type { Utterance } from './corpus.js';
import { labelKind, normalLabel, readingLabels } from './labels.js';

export interface KindScore {
  kind: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface Miss {
  text: string;
  missing: string[];
  extra: string[];
}

export interface CorpusScore {
  utterances: number;
  languageAccuracy: number;
  acts: { micro: KindScore; byKind: KindScore[] };
  entities: { micro: KindScore; byKind: KindScore[] };
  /** Utterances whose labels all match exactly. */
  exact: number;
  latencyMs: { p50: number; p95: number };
  misses: Miss[];
}

type Counts = Map<string, { tp: number; fp: number; fn: number }>;
const ratio = (part: number, whole: number) => (whole === 0 ? 1 : Math.round((1000 * part) / whole) / 1000);

function count(counts: Counts, gold: readonly string[], got: readonly string[]) {
  const want = new Set(gold.map(normalLabel));
  const have = new Set(got.map(normalLabel));
  const bump = (label: string, key: 'tp' | 'fp' | 'fn') => {
    const entry = counts.get(labelKind(label)) ?? { tp: 0, fp: 0, fn: 0 };
    entry[key] += 1;
    counts.set(labelKind(label), entry);
  };
  for (const label of have) bump(label, want.has(label) ? 'tp' : 'fp');
  for (const label of want) if (!have.has(label)) bump(label, 'fn');
  return { missing: [...want].filter((l) => !have.has(l)), extra: [...have].filter((l) => !want.has(l)) };
}

function scores(counts: Counts): { micro: KindScore; byKind: KindScore[] } {
  const score = (kind: string, tp: number, fp: number, fn: number): KindScore => ({
    kind,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
  });
  const byKind = [...counts].map(([kind, c]) => score(kind, c.tp, c.fp, c.fn)).sort((a, b) => a.kind.localeCompare(b.kind));
  const sum = (key: 'truePositives' | 'falsePositives' | 'falseNegatives') => byKind.reduce((n, k) => n + k[key], 0);
  return { micro: score('all', sum('truePositives'), sum('falsePositives'), sum('falseNegatives')), byKind };
}

/** Runs `understand` on every utterance and scores acts and entities by precision and recall per kind. */
export async function scoreCorpus(corpus: readonly Utterance[], understand: Understand, now = new Date()): Promise<CorpusScore> {
  const acts: Counts = new Map();
  const entities: Counts = new Map();
  const misses: Miss[] = [];
  const times: number[] = [];
  let languageRight = 0;
  let exact = 0;
  for (const u of corpus) {
    const context: ReadingContext = { locale: u.lang, defaultCountry: 'US', now, ...(u.last ? { lastQuestion: u.last } : {}) };
    const started = performance.now();
    const reading: Reading = await understand(u.text, context);
    times.push(performance.now() - started);
    const labels = readingLabels(reading);
    if (reading.language === u.lang) languageRight += 1;
    const a = count(acts, u.acts, labels.acts);
    const e = count(entities, u.entities, labels.entities);
    const missing = [...a.missing, ...e.missing];
    const extra = [...a.extra, ...e.extra];
    if (missing.length === 0 && extra.length === 0) exact += 1;
    else misses.push({ text: u.text, missing, extra });
  }
  times.sort((x, y) => x - y);
  return {
    utterances: corpus.length,
    languageAccuracy: ratio(languageRight, corpus.length),
    acts: scores(acts),
    entities: scores(entities),
    exact,
    latencyMs: { p50: Math.round(quantile(times, 0.5) * 1000) / 1000, p95: Math.round(quantile(times, 0.95) * 1000) / 1000 },
    misses,
  };
}
