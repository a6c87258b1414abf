import type { ResponderSite } from '../responder.js';
import type { QuestionTopic, Reading } from '../../understanding/reading.js';
import { knowledgeText } from '../../sites/knowledge/knowledge-text.js';
import type { KnownFact } from '../../sites/knowledge/knowledge-schema.js';

const QUESTION_LIMIT = 200;

/** Topics answered from the dealer's knowledge: without it on file, Cathy cannot answer them. */
export const KNOWLEDGE_FOR: Partial<Record<QuestionTopic, KnownFact>> = {
  process: 'process',
  documents: 'whatToBring',
  tradeInValue: 'tradeInAppraisal',
  payoff: 'tradeInPayoff',
  leasing: 'leasing',
  cosigner: 'cosigners',
  itin: 'itin',
  selfEmployed: 'selfEmployed',
  downPayment: 'downPayment',
  walkIns: 'walkIns',
  testDrive: 'testDrives',
  texting: 'texting',
  warranty: 'warranty',
  transit: 'transit',
  creditPull: 'creditPull',
};

// Only a person can say what is on the lot, what it costs, or what a lender will do.
const ONLY_A_PERSON: ReadonlySet<QuestionTopic> = new Set(['stock', 'price', 'payment', 'approval', 'other']);

/** Whether Cathy can answer a topic herself, from the site's settings and knowledge. */
export function canAnswer(topic: QuestionTopic, site: Pick<ResponderSite, 'knowledge'>): boolean {
  if (ONLY_A_PERSON.has(topic)) return false;
  if (topic === 'languages') return Boolean(site.knowledge?.languages);
  const fact = KNOWLEDGE_FOR[topic];
  return fact ? knowledgeText(site.knowledge, fact, 'en') !== undefined : true;
}

/**
 * The visitor's questions Cathy cannot answer, in their words, for the lead's "Questions for the specialist".
 *
 * @example openQuestions(understand('do you have the red tacoma? what are your hours', ctx), text, site) // ['do you have the red tacoma?']
 */
export function openQuestions(reading: Reading, text: string, site: Pick<ResponderSite, 'knowledge'>): string[] {
  const open = reading.acts.some((act) => act.kind === 'question' && !canAnswer(act.topic, site));
  if (!open) return [];
  const asked = text.match(/[^.!?\n]*\?/g)?.map((q) => q.trim()).filter(Boolean);
  return (asked?.length ? asked : [text.trim()]).map((q) => q.slice(0, QUESTION_LIMIT));
}
