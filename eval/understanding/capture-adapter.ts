import type { CapturedFacts } from '../../server/capture/facts.js';
import { extract } from '../../server/capture/extract.js';
import { findVehicle } from '../../server/capture/vehicle.js';
import { detectIntents, type Intent } from '../../server/understanding/intents.js';
import type { Act, Entities, Reading, ReadingContext, Slot, Understand } from '../../server/understanding/reading.js';

/** Today's intents as acts; `creditConcern` and `strongCredit` are statements, scored as entities. */
const ACTS: Partial<Record<Intent, Act>> = {
  greeting: { kind: 'greeting' },
  thanks: { kind: 'thanks' },
  goodbye: { kind: 'goodbye' },
  asksIfBot: { kind: 'question', topic: 'bot' },
  wantsHuman: { kind: 'request', request: 'person' },
  asksHours: { kind: 'question', topic: 'hours' },
  asksLocation: { kind: 'question', topic: 'location' },
  asksDealerPhone: { kind: 'question', topic: 'dealerPhone' },
  asksFinanceTerms: { kind: 'question', topic: 'payment' },
  asksApproval: { kind: 'question', topic: 'approval' },
  asksInventory: { kind: 'question', topic: 'stock' },
  asksWhatNext: { kind: 'question', topic: 'process' },
  declinesPhone: { kind: 'no' },
};

/** Whether the facts one message gave hold a value of the slot Cathy asked about. */
const FILLS: Record<Slot, (facts: Partial<CapturedFacts>, yesOrNo: boolean) => boolean> = {
  vehicle: (f) => f.vehicle !== undefined,
  condition: (f) => f.condition !== undefined,
  budget: (f) => f.budget !== undefined,
  tradeIn: (f, yesOrNo) => f.tradeIn !== undefined || yesOrNo,
  credit: (f) => f.credit !== undefined,
  timeframe: (f) => f.timeframe !== undefined,
  name: (f) => f.firstName !== undefined,
  phone: (f) => f.phone !== undefined,
  callTime: (f) => f.callTime !== undefined,
  email: (f) => f.email !== undefined,
  consent: (_f, yesOrNo) => yesOrNo,
  handoff: (_f, yesOrNo) => yesOrNo,
};

function entitiesOf(facts: Partial<CapturedFacts>, phones: string[], emails: string[], intents: Set<Intent>, now: Date): Entities {
  const entities: Entities = { vehicleWanted: facts.vehicle ? [facts.vehicle] : [], money: [], times: [], phones, emails };
  if (facts.tradeIn?.has) {
    const owned = facts.tradeIn.text ? findVehicle(facts.tradeIn.text, now).vehicle : undefined;
    entities.vehicleOwned = owned ?? { text: facts.tradeIn.text ?? '' };
  }
  const { budget } = facts;
  if (budget?.monthly) entities.money.push({ amount: budget.monthly, role: 'monthly', text: budget.text });
  if (budget?.down) entities.money.push({ amount: budget.down, role: 'down', text: budget.text });
  if (budget?.total) entities.money.push({ amount: budget.total, role: 'price', text: budget.text });
  if (facts.credit || intents.has('strongCredit')) {
    entities.credit = { text: facts.credit ?? '', kinds: intents.has('strongCredit') ? ['good'] : [] };
  }
  if (facts.timeframe) entities.times.push({ text: facts.timeframe, role: 'timeframe' });
  if (facts.callTime) entities.times.push({ text: facts.callTime, role: 'callTime', callTime: facts.callTime });
  if (facts.firstName) entities.name = { first: facts.firstName, ...(facts.lastName ? { last: facts.lastName } : {}) };
  return entities;
}

/**
 * Today's rules (server/capture `extract` and the offline responder's `detectIntents`) read as a `Reading`,
 * so the corpus has a baseline to beat. It adds no understanding of its own.
 */
export const understandWithCapture: Understand = (text: string, context: ReadingContext): Reading => {
  const found = extract(text, { defaultCountry: context.defaultCountry, now: context.now });
  const intents = detectIntents(text);
  const acts: Act[] = [];
  for (const intent of intents) {
    const act = ACTS[intent];
    if (act) acts.push(act);
  }
  if (intents.has('question') && !acts.some((a) => a.kind === 'question')) acts.push({ kind: 'question', topic: 'other' });
  if (found.optOut) acts.push({ kind: 'optOut' });
  if (found.affirmative) acts.push({ kind: 'yes' });
  if (found.negative && !acts.some((a) => a.kind === 'no')) acts.push({ kind: 'no' });
  const slot = context.lastQuestion;
  if (slot && FILLS[slot](found.facts, found.affirmative || found.negative)) acts.push({ kind: 'answer', slot });
  return {
    language: found.language ?? context.locale,
    acts,
    entities: entitiesOf(found.facts, found.phones.map((p) => p.e164), found.emails, intents, context.now),
    sentiment: 0,
  };
};
