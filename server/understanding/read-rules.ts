import { extract } from '../capture/extract.js';
import type { Budget, CapturedFacts, Extraction, VehicleInterest } from '../capture/facts.js';
import { findVehicle } from '../capture/vehicle.js';
import { fold } from '../capture/text.js';
import { detectIntents, type Intent } from './intents.js';
import type { ActCues } from './acts.js';
import { REQUEST_CUES, readActCues } from './acts.js';
import { readAnswer, type AnswerRead } from './answer.js';
import { creditScore, moneyWithRoles } from './money-roles.js';
import { MAX_READ_CHARS, normalize } from './normalize.js';
import type { Confidence, Found, FoundMoney, Topic } from './found.js';
import type { RequestKind } from './reading.js';
import { QUESTION_START, SELF_ASKING, TOPIC_CUES } from './topics.js';
import { correctVehicleTypos } from './vehicle-typos.js';

export interface RulesContext {
  /** The slot of Cathy's last question (`ConversationState.lastQuestion`). */
  lastQuestion?: string;
  defaultCountry?: string;
  now?: Date;
  /** The capture's reading of the same text, when the caller already has it. */
  extraction?: Extraction;
}

// Timeframe words inside a question about the dealer ("are you open today?") say nothing about when they buy.
const NOT_TIMEFRAME_TOPICS: readonly Topic[] = ['hours', 'whenCall', 'walkIns', 'stillThere', 'testDrive', 'gaveNumber', 'texting'];
// A statement beside these questions ("i dont have a social", "i get paid cash") is the visitor's credit story.
const CREDIT_TOPICS: readonly Topic[] = ['itin', 'selfEmployed', 'cosigner', 'approval'];
// "I'm deaf", "I'm retired": what follows "I'm" is often how they are, not who.
const NOT_FIRST_NAMES = /^(?:deaf|blind|disabled|retired|divorced|single|married|pregnant|sorry|nervous|worried|broke|unemployed|employed|military|veteran|sordo|sorda|jubilad[oa]|divorciad[oa]|solter[oa]|casad[oa])$/i;
const CHAT_WORDS = /^(?:btw|lol|lmao|thanks|thx|ok|okay|pls|please|tho|though|too|also|here|there|again|now|rn|asap|idk)$/i;
const ASKING_SENTENCE = /\?\s*$|^(?:¿|do|does|can|could|will|would|is|are|what|how|when|where|should|may|puedo|pueden|aceptan|necesito|hay|tienen|cual|que|como)\b/i;
const LATE_CALL = /\b(?:after|past|despues de las?) ?(?:[5-9]|1[0-1])(?::\d\d)? ?(?:pm|p\.m\.)?(?![\d:])|\bafter work\b/;
const EARLY_CALL = /\b(?:before|antes de las?) ?(?:9|10|11|noon)(?::\d\d)? ?(?:am|a\.m\.)?|\b(?:[7-9]|1[01]) ?am\b/;
const NOON_CALL = /\b(?:(?<!(?:before|by|antes del?) )(?:noon|midday|mediodia|lunch(?: ?time| ?break)?)|(?:1|2|3|4) ?pm|(?:after|past|despues de las?) ?(?:12|1|2|3|4)(?::\d\d)? ?(?:pm|p\.m\.)?(?![\d:]))\b/;

const APPROVAL_WORRY = /\b(?:turn(?:ed)? (?:me )?down|deny|denied|reject\w*|approv\w*|qualif\w*|no me (?:aprueban|van a aprobar)|me (?:rechacen|nieguen))\b/;

/** Amounts that are a payoff, an income or a credit score are not what the visitor means to pay. */
function withoutOtherMoney(budget: Budget, score: number | undefined, money: FoundMoney[]): Budget | undefined {
  const other = new Set(money.filter((m) => m.role === 'payoff' || m.role === 'income').map((m) => m.amount));
  if (score !== undefined) other.add(score);
  const kept: Budget = { ...budget };
  for (const part of ['monthly', 'total', 'down'] as const) {
    if (kept[part] !== undefined && other.has(kept[part])) delete kept[part];
  }
  return kept.monthly !== undefined || kept.total !== undefined || kept.down !== undefined ? kept : undefined;
}

// "I drive a 2014 Buick now", "my current car is a Civic": the car they have, not the one they want.
const OWNS = /\b(?:i (?:currently |still )?(?:drive|own)|i have (?:a|an) (?:19|20)\d\d|my (?:current|old|present) (?:car|truck|ride|vehicle)(?: is)?|currently (?:drive|driving|have)|tengo (?:un|una) (?:19|20)\d\d|manejo (?:un|una)|(?:owe|owed|owing|still owe)\b[^,;.!?]{0,20}\bon (?:my|the|our)|(?:debo|debemos)\b[^,;.!?]{0,20}\b(?:de|en|por) (?:mi|la|el))\b/i;

function ownedVehicle(text: string, now: Date | undefined): { owned: VehicleInterest; wanted?: VehicleInterest } | undefined {
  const clauses = text.split(/\s*(?:[,;.!?]|\bbut\b|\band\b|\bpero\b|\by\b)\s*/i);
  const at = clauses.findIndex((clause) => OWNS.test(clause));
  if (at < 0) return undefined;
  const owned = findVehicle(clauses[at] ?? '', now ?? new Date()).vehicle;
  if (!owned?.make && !owned?.model) return undefined;
  const rest = clauses.filter((_, i) => i !== at).join(', ');
  return { owned, wanted: findVehicle(rest, now ?? new Date()).vehicle };
}

/** How sure each fact is: explicit cues are sure; bare answers, typo-corrected or make-less vehicles are guesses. */
function confidenceOf(entities: Found, facts: Partial<CapturedFacts>, answer: AnswerRead | undefined): Partial<Record<keyof CapturedFacts, Confidence>> {
  const confidence: Partial<Record<keyof CapturedFacts, Confidence>> = {};
  const fromAnswer = new Set(Object.keys(answer?.entities ?? {}));
  const rate = (fact: keyof CapturedFacts, entity: keyof Found) => {
    if (entities[entity] === undefined) return;
    confidence[fact] = fromAnswer.has(entity) ? (answer?.confidence ?? 'low') : 'high';
  };
  rate('firstName', 'firstName');
  rate('lastName', 'lastName');
  rate('condition', 'condition');
  rate('tradeIn', 'vehicleOwned');
  rate('budget', 'budget');
  rate('credit', 'credit');
  rate('timeframe', 'timeframe');
  rate('callTime', 'callTime');
  if (entities.vehicleWanted) {
    const sure = facts.vehicle === entities.vehicleWanted && Boolean(entities.vehicleWanted.make || entities.vehicleWanted.model);
    confidence.vehicle = sure ? 'high' : 'low';
  }
  return confidence;
}

const CREDIT_CUE = /\b(?:credit|score|fico|bankrupt\w*|chapter (?:7|13)|repos?|repossess\w*|collections?|charge ?-?offs?|late payments|first[- ]time|itin|social|ssn|1099|self[- ]?employed|cash|uber|doordash|co-?sign\w*|divorc\w*|credito|puntaje|reposesion|me quitaron (?:el|mi|la) (?:carro|auto|coche|troca|camioneta)|bancarrota|quiebra|seguro social|efectivo|cuenta propia)\b/i;

/**
 * The clauses of the message where the visitor states their credit situation, never a question they asked
 * ("will this hurt my credit?"): "credit is around 600 bc of a repo in 2021" out of a run-on that ends asking.
 */
function statedCredit(text: string, found: string | undefined): string | undefined {
  const clauses = text
    .split(/(?<=[.!?])\s+|[,;]\s*|\s+(?:and|but|y|pero)\s+(?=(?:i|i'?d|id|i'?m|im|my|mi|tengo|had|have|was)\b)/i)
    .map((clause) => clause.trim())
    .filter((clause) => CREDIT_CUE.test(clause) && !ASKING_SENTENCE.test(clause));
  const said = clauses.join(', ');
  if (!said) return undefined;
  return said.length <= 200 ? said : (found ?? said.slice(0, 200));
}

function callTimeOf(plain: string, found: CapturedFacts['callTime']): CapturedFacts['callTime'] {
  if (LATE_CALL.test(plain)) return 'evening';
  // "after 3, I'm in class": an hour past noon is the afternoon, whatever else the message says.
  if (NOON_CALL.test(plain) && !found) return 'afternoon';
  if (found) return found;
  if (EARLY_CALL.test(plain)) return 'morning';
  if (NOON_CALL.test(plain)) return 'afternoon';
  return undefined;
}

function readTopics(plain: string, asked: boolean): Topic[] {
  const topics: Topic[] = [];
  for (const [topic, pattern] of TOPIC_CUES) {
    if (pattern.test(plain) && (asked || SELF_ASKING.has(topic))) topics.push(topic);
  }
  // "do I need an appointment?" asks about walking in, not about booking a test drive.
  if (topics.includes('walkIns') && topics.includes('testDrive') && !/\b(?:test|drive|prueba|manejo)\b/.test(plain)) topics.splice(topics.indexOf('testDrive'), 1);
  // "down payment" names a payment, but the question is about the money down.
  if (topics.includes('downPayment') && topics.includes('payment')) {
    const rest = plain.replace(/down ?payments?/g, ' ');
    if (!TOPIC_CUES.find(([topic]) => topic === 'payment')?.[1].test(rest)) topics.splice(topics.indexOf('payment'), 1);
  }
  return topics;
}

/** The rules' reading of one message, before it takes the public `Reading` shape. */
export interface RulesRead {
  /** The part of the message read (the start of a very long one). */
  text: string;
  extraction: Extraction;
  asked: boolean;
  topics: Topic[];
  requests: RequestKind[];
  intents: Set<Intent>;
  cues: ActCues;
  found: Found;
  answer?: AnswerRead;
  confidence: Partial<Record<keyof CapturedFacts, Confidence>>;
}

/**
 * Reads one visitor message with hand-written rules in English and Spanish. Pure, fast (tens of
 * microseconds; see bench/understanding.ts) and safe on any input: only the first characters are read.
 *
 * @example
 * readRules('do u hav a coroll? can they text me', { lastQuestion: 'vehicle' }).topics // ['texting', 'stock']
 */
export function readRules(text: string, context: RulesContext = {}): RulesRead {
  const read = text.length > MAX_READ_CHARS ? text.slice(0, MAX_READ_CHARS) : text;
  const extraction = context.extraction ?? extract(read, { defaultCountry: context.defaultCountry ?? 'US', now: context.now });
  const plain = normalize(read);
  const folded = fold(read);
  const intents = detectIntents(read);
  const cues = readActCues(plain);
  const asked = read.includes('?') || QUESTION_START.test(plain);
  const topics = readTopics(plain, asked);

  const requests: RequestKind[] = REQUEST_CUES.filter(([, pattern]) => pattern.test(plain)).map(([request]) => request);
  if (topics.includes('person') && !requests.includes('manager')) requests.push('person');
  const kept = extraction.optOut ? requests.filter((request) => request !== 'callMe' && request !== 'textMe') : requests;

  const facts = extraction.facts;
  if (cues.worry && !topics.includes('approval') && APPROVAL_WORRY.test(plain)) topics.push('approval');
  const found: Found = { phones: extraction.phones, emails: extraction.emails, money: moneyWithRoles(folded) };
  const hostile = cues.hostility || cues.complaint;
  if (!hostile) {
    if (facts.firstName && !NOT_FIRST_NAMES.test(facts.firstName)) found.firstName = facts.firstName;
    if (facts.lastName && !CHAT_WORDS.test(facts.lastName)) found.lastName = facts.lastName;
  }
  // "i owe 14k on my 2019 altima, can i trade it?": the trade names no car, the clause that owns one does.
  const owned = facts.tradeIn?.text || facts.tradeIn?.has === false ? undefined : ownedVehicle(read, context.now);
  if (owned) found.vehicleOwned = { has: true, text: owned.owned.text };
  const vehicle = owned ? owned.wanted : (facts.vehicle ?? correctVehicleTypos(read, context.now));
  // "i dont have a car rn" on the way to asking about the bus names no car they want; "van a" is Spanish "they will".
  const notAVehicle = !vehicle?.make && !vehicle?.model && (topics.includes('transit') || (vehicle?.bodyType === 'van' && /\bvan a\b/.test(folded)));
  if (vehicle && !notAVehicle) found.vehicleWanted = vehicle;
  if (facts.condition) found.condition = facts.condition;
  if (facts.tradeIn && !owned) found.vehicleOwned = facts.tradeIn;
  const score = creditScore(folded);
  if (score !== undefined) found.creditScore = score;
  const budget = facts.budget && withoutOtherMoney(facts.budget, score, found.money);
  if (budget) found.budget = budget;
  const credit = facts.credit || score !== undefined || topics.some((t) => CREDIT_TOPICS.includes(t)) ? statedCredit(read, facts.credit) : undefined;
  if (credit) found.credit = credit;
  if (facts.timeframe && !topics.some((topic) => NOT_TIMEFRAME_TOPICS.includes(topic))) found.timeframe = facts.timeframe;
  const callTime = callTimeOf(plain, facts.callTime);
  if (callTime) found.callTime = callTime;
  if (extraction.affirmative) found.yesNo = 'yes';
  else if (extraction.negative) found.yesNo = 'no';

  const answer = readAnswer(context.lastQuestion, read, found, { asked, hostile, topics });
  if (answer) Object.assign(found, answer.entities);
  // "mañana en la mañana" to "when is a good time to call?" is when to call, not when they will buy.
  if (answer?.slot === 'callTime' && found.callTime) delete found.timeframe;
  return { text: read, extraction, asked, topics, requests: kept, intents, cues, found, answer, confidence: confidenceOf(found, facts, answer) };
}
