import type { Locale } from '../../sdk/protocol/index.js';
import type { CapturedFacts } from '../capture/facts.js';
import { fold } from '../capture/text.js';
import { findVehicle } from '../capture/vehicle.js';
import type { Found } from './found.js';
import type { RulesRead } from './read-rules.js';
import type { Act, CreditKind, Entities, OwnedVehicle, Reading, TimeExpression, VehicleMention } from './reading.js';

const CREDIT_KINDS: ReadonlyArray<[CreditKind, RegExp]> = [
  ['good', /\b(?:good|great|excellent|perfect|strong|solid|buen[oa]?|excelente)\b/],
  ['fair', /\b(?:fair|ok|okay|decent|average|not bad|regular)\b/],
  ['rebuilding', /\b(?:rebuild\w*|bad|poor|low|rough|reconstruy\w*|mal[oa]?)\b/],
  ['noCredit', /\b(?:no credit|don'?t have (?:any )?credit|first[- ]time|never had|no history|sin credito|no tengo credito|primer)\b/],
  ['repossession', /\b(?:repo\w*|reposes\w*|me quitaron)\b/],
  ['bankruptcy', /\b(?:bankrupt\w*|chapter (?:7|13)|bancarrota|quiebra)\b/],
  ['collections', /\b(?:collections?|charge ?-?offs?|cobranza)\b/],
  ['divorce', /\b(?:divorc\w*)\b/],
  ['latePayments', /\b(?:late payments?|behind|missed payments?|pagos atrasados)\b/],
];
const CORRECTION = /\b(?:actually|instead|i meant|rather|changed my mind|scratch that|make (?:it|that)|on second thought|wait|not a\b|mejor|en realidad|quise decir|pensandolo bien|cambie de opinion)\b/;

const mention = (vehicle: { text: string; year?: number; make?: string; model?: string; bodyType?: string }): VehicleMention =>
  JSON.parse(JSON.stringify({ text: vehicle.text, year: vehicle.year, make: vehicle.make, model: vehicle.model, bodyType: vehicle.bodyType })) as VehicleMention;

function owned(found: Found, now: Date | undefined): OwnedVehicle | undefined {
  const owed = found.money.find((m) => m.role === 'payoff')?.amount;
  if (!found.vehicleOwned?.has) return owed !== undefined ? { text: '', owed } : undefined;
  const text = found.vehicleOwned.text ?? '';
  const parts = text ? findVehicle(text, now ?? new Date()).vehicle : undefined;
  return { ...mention({ ...(parts ?? {}), text }), ...(owed !== undefined ? { owed } : {}) };
}

function times(found: Found): TimeExpression[] {
  const out: TimeExpression[] = [];
  if (found.timeframe) out.push({ text: found.timeframe, role: 'timeframe' });
  if (found.callTime) out.push({ text: found.callTime, role: 'callTime', callTime: found.callTime });
  return out;
}

function sentimentOf(rules: RulesRead): number {
  const { cues } = rules;
  if (cues.hostility) return -0.9;
  if (cues.complaint) return -0.6;
  if (cues.scamWorry) return -0.4;
  if (cues.worry) return -0.3;
  return cues.positive ? 0.6 : 0;
}

function actsOf(rules: RulesRead, hasFacts: boolean): Act[] {
  const { asked, topics, requests, intents, cues, answer, found, extraction } = rules;
  const acts: Act[] = topics.map((topic) => ({ kind: 'question', topic }));
  // "can someone call me?" is the request it asks, not a question on a topic no one knows.
  if (asked && topics.length === 0 && requests.length === 0) acts.push({ kind: 'question', topic: 'other' });
  for (const request of requests) acts.push({ kind: 'request', request });
  if (answer) acts.push({ kind: 'answer', slot: answer.slot as Extract<Act, { kind: 'answer' }>['slot'] });
  else if (hasFacts) acts.push({ kind: 'statement' });
  const flags: Array<[boolean, Act]> = [
    [intents.has('greeting'), { kind: 'greeting' }],
    [intents.has('thanks'), { kind: 'thanks' }],
    [intents.has('goodbye'), { kind: 'goodbye' }],
    [cues.browsing, { kind: 'browsing' }],
    [cues.complaint, { kind: 'complaint' }],
    [cues.hostility, { kind: 'hostility' }],
    [cues.scamWorry, { kind: 'scamWorry' }],
    [extraction.optOut, { kind: 'optOut' }],
    [found.yesNo === 'yes', { kind: 'yes' }],
    [found.yesNo === 'no', { kind: 'no' }],
  ];
  return [...acts, ...flags.filter(([on]) => on).map(([, act]) => act)];
}

/** The lead facts this message gives, in the shape the conversation keeps. */
export function factsOf(found: Found, language: Locale | undefined): Partial<CapturedFacts> {
  const facts: Partial<CapturedFacts> = {
    firstName: found.firstName,
    lastName: found.lastName,
    phone: found.phones[0]?.e164,
    email: found.emails[0],
    vehicle: found.vehicleWanted,
    condition: found.condition,
    budget: found.budget,
    tradeIn: found.vehicleOwned,
    credit: found.credit,
    timeframe: found.timeframe,
    callTime: found.callTime,
    language,
  };
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined)) as Partial<CapturedFacts>;
}

/** The rules' reading in the public `Reading` shape the policy and the evaluation suite read. */
export function toReading(rules: RulesRead, locale: Locale, now?: Date): Reading {
  const { found, extraction } = rules;
  const credit = found.credit ?? (found.creditScore !== undefined ? String(found.creditScore) : undefined);
  const folded = fold(credit ?? '');
  const entities: Entities = {
    vehicleWanted: found.vehicleWanted ? [mention(found.vehicleWanted)] : [],
    money: found.money.map((m) => ({ ...m })),
    times: times(found),
    phones: found.phones.map((phone) => phone.e164),
    emails: [...found.emails],
  };
  const own = owned(found, now);
  if (own) entities.vehicleOwned = own;
  if (credit) {
    const kinds = CREDIT_KINDS.filter(([, pattern]) => pattern.test(folded)).map(([kind]) => kind);
    entities.credit = { text: credit, kinds: kinds.length ? kinds : ['other'], ...(found.creditScore !== undefined ? { score: found.creditScore } : {}) };
  }
  if (found.firstName) entities.name = { first: found.firstName, ...(found.lastName ? { last: found.lastName } : {}) };
  if (found.vehicleWanted && CORRECTION.test(fold(rules.text))) entities.correction = true;
  const language = extraction.language ?? locale;
  const facts = factsOf(found, extraction.language);
  return {
    language,
    acts: actsOf(rules, Object.keys(facts).some((key) => key !== 'language')),
    entities,
    sentiment: sentimentOf(rules),
    facts,
    confidence: { ...rules.confidence },
    source: 'rules',
  };
}
