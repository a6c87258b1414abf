/**
 * Understanding: hand-written rules against NLP.js (`@nlpjs/nlp`, intents trained at start-up from
 * bench/understanding/nlp-training.json), on held-out messages neither was written from
 * (bench/understanding/heldout.json). Prints topic accuracy and per-message latency for each, the rules
 * with and without the capture's extraction they share with the reply pipeline. Budget: ≤ 2 ms p50.
 *
 *   npx tsx bench/understanding.ts
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { extract } from '../server/capture/extract.js';
import { understand } from '../server/understanding/understand.js';
import type { ReadingContext } from '../server/understanding/reading.js';
import { ms, summary } from './support/stats.js';

const ROUNDS = Number(process.env.ROUNDS ?? 20);
const here = new URL('./understanding/', import.meta.url);
const training = JSON.parse(await readFile(new URL('nlp-training.json', here), 'utf8')) as Record<string, string[]>;
const heldout = JSON.parse(await readFile(new URL('heldout.json', here), 'utf8')) as Array<[string, string]>;
const context: ReadingContext = { locale: 'en', defaultCountry: 'US', now: new Date() };

function rulesTopic(text: string): string {
  const topics = understand(text, context).acts.flatMap((act) => (act.kind === 'question' && act.topic !== 'other' ? [act.topic] : []));
  return topics[0] ?? 'none';
}

async function trainNlp() {
  // @nlpjs ships no types; the calls below are its documented API.
  const { containerBootstrap } = (await import('@nlpjs/core')) as never as { containerBootstrap: () => Promise<{ use: (x: unknown) => void }> };
  const { Nlp } = (await import('@nlpjs/nlp')) as never as { Nlp: new (settings: object) => NlpLike };
  const { LangEn } = (await import('@nlpjs/lang-en')) as never as { LangEn: unknown };
  const { LangEs } = (await import('@nlpjs/lang-es')) as never as { LangEs: unknown };
  const container = await containerBootstrap();
  container.use(LangEn);
  container.use(LangEs);
  const nlp = new Nlp({ languages: ['en', 'es'], autoSave: false, log: false, container, nlu: { log: false } });
  nlp.settings.log = false;
  for (const [intent, utterances] of Object.entries(training)) {
    for (const utterance of utterances) nlp.addDocument(/\b(?:que|tienen|cuanto|donde|hablan|necesito|quiero|cuando|ya|sigues|eres|puedo|me|aceptan|trabajo|todavia|afecta|como|cual|tiene|soy|hola|alguien)\b/.test(utterance) ? 'es' : 'en', utterance, intent);
  }
  const started = performance.now();
  await nlp.train();
  return { nlp, trainMs: performance.now() - started };
}

interface NlpLike {
  settings: { log: boolean };
  addDocument(locale: string, utterance: string, intent: string): void;
  train(): Promise<void>;
  process(locale: string | undefined, text: string): Promise<{ intent: string; score: number }>;
}

async function time(label: string, run: (text: string) => unknown) {
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [text] of heldout) {
      const started = performance.now();
      await run(text);
      if (round > 1) samples.push(performance.now() - started);
    }
  }
  const s = summary(samples);
  console.log(`${label.padEnd(38)} p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)}`);
}

const accuracy = async (topicOf: (text: string) => string | Promise<string>) => {
  let right = 0;
  for (const [text, label] of heldout) if ((await topicOf(text)) === label) right++;
  return right / heldout.length;
};

const { nlp, trainMs } = await trainNlp();
const nlpTopic = async (text: string) => {
  const result = await nlp.process(undefined, text);
  return result.intent === 'None' || result.score < 0.5 ? 'none' : result.intent;
};
console.log(`held-out messages: ${heldout.length}; NLP.js trained on ${Object.values(training).flat().length} utterances in ${ms(trainMs)}`);
console.log(`topic accuracy  rules ${(100 * (await accuracy(rulesTopic))).toFixed(1)} %   NLP.js ${(100 * (await accuracy(nlpTopic))).toFixed(1)} %`);
const extractions = new Map(heldout.map(([text]) => [text, extract(text, { defaultCountry: 'US' })]));
await time('rules: understand() given the extraction', (text) => understand(text, context, { extraction: extractions.get(text) }));
await time('rules: extract() + understand()', (text) => understand(text, context));
await time('NLP.js: process()', (text) => nlp.process(undefined, text));
const long = ['😀'.repeat(5000), '\u200f\u202e'.repeat(5000), 'car '.repeat(2500)];
for (const text of long) {
  const started = performance.now();
  understand(text, context);
  console.log(`10,000 characters (${JSON.stringify(text.slice(0, 6))}…): ${ms(performance.now() - started)}`);
}
