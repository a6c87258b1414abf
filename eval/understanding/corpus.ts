import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { QuestionTopic, RequestKind } from '../../server/understanding/reading.js';
import { SLOTS } from '../shoppers/shopper.js';

// The corpus's topics; a reader may split them finer (see SAME_TOPIC in labels.ts).
const TOPICS: readonly QuestionTopic[] = [
  'stock', 'price', 'payment', 'approval', 'creditPull', 'process', 'documents', 'tradeInValue', 'payoff', 'leasing',
  'cosigner', 'itin', 'selfEmployed', 'downPayment', 'hours', 'location', 'testDrive', 'walkIns', 'texting', 'languages',
  'warranty', 'person', 'bot', 'whenCall', 'gaveNumber', 'stillThere', 'dealerPhone', 'other',
];
const REQUESTS: readonly RequestKind[] = ['callMe', 'textMe', 'emailMe', 'person', 'manager'];
const either = (names: readonly string[]) => names.join('|');
const ACT = new RegExp(
  `^(?:question:(?:${either(TOPICS)})|request:(?:${either(REQUESTS)})|answer:(?:${either(SLOTS)})|` +
    'greeting|thanks|goodbye|browsing|complaint|hostility|scamWorry|optOut|yes|no)$',
);
const ENTITY = /^(?:vehicleWanted\.(?:make|model|year|type)=.+|vehicleOwned(?:\.(?:make|model|year|owed)=.+)?|money\.(?:monthly|down|price|payoff|income)=\d+|credit(?:\.kind=[a-zA-Z]+|\.score=\d{3})?|time\.(?:timeframe|visit|callTime=(?:morning|afternoon|evening|nopreference))|name\.(?:first|last)=.+|phone=\+\d{8,15}|email=\S+@\S+|correction)$/;

export const utterance = z
  .object({
    text: z.string().min(1),
    lang: z.enum(['en', 'es']),
    /** The slot Cathy's previous reply asked about. */
    last: z.enum(SLOTS).optional(),
    acts: z.array(z.string().regex(ACT)),
    entities: z.array(z.string().regex(ENTITY)).default([]),
  })
  .strict();
export type Utterance = z.infer<typeof utterance>;

const corpusFile = z.object({ utterances: z.array(utterance).min(1) }).strict();
const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'corpus');

/** Every labelled utterance in eval/understanding/corpus; a bad label fails with its file, index and text. */
export async function loadCorpus(dir = DIR): Promise<Utterance[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.json')).sort();
  const all: Utterance[] = [];
  for (const file of files) {
    const parsed = corpusFile.safeParse(JSON.parse(await readFile(path.join(dir, file), 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`[Cathy eval] Failed to load corpus ${file}: ${issue?.path.join('.')} ${issue?.message}. Fix the label.`);
    }
    all.push(...parsed.data.utterances);
  }
  return all;
}
