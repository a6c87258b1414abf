import type { CapturedFacts } from '../../capture/facts.js';
import type { ReplyContext } from './reply-context.js';

type FactKey = keyof CapturedFacts;

// `lastQuestion` slot names that differ from the fact they fill.
const SLOT_FACT: Record<string, FactKey> = { name: 'firstName' };

/** Facts this message added: found in it, or a short answer that filled the slot Cathy just asked about. */
function newFacts(ctx: ReplyContext): Set<FactKey> {
  const { extraction, facts, state } = ctx.input;
  const found = Object.entries(extraction.facts).filter(([, value]) => value !== undefined);
  const added = new Set(found.map(([key]) => key as FactKey));
  const answered = state.lastQuestion ? (SLOT_FACT[state.lastQuestion] ?? state.lastQuestion) : undefined;
  if (answered && facts[answered as FactKey] !== undefined) added.add(answered as FactKey);
  return added;
}

/**
 * Up to two short acknowledgements of what the visitor just shared, so Cathy listens before asking more:
 * the name first, then the most telling other fact. Figures (budgets) are never repeated back.
 *
 * @example acknowledge(ctx) // ['Nice to meet you, Maria!', 'A 2019 CR-V is a great pick.']
 */
export function acknowledge(ctx: ReplyContext): string[] {
  const { say, input, intents } = ctx;
  const facts = { ...input.facts, ...input.extraction.facts };
  const added = newFacts(ctx);
  const lines: string[] = [];
  if (added.has('firstName') && ctx.name) lines.push(say('ackName', { name: ctx.name }));

  // A message about a trade-in names a vehicle too, and that one is not the vehicle they want.
  if (added.has('tradeIn') && facts.tradeIn) {
    lines.push(say(facts.tradeIn.has ? 'ackTradeIn' : 'ackNoTradeIn', {}));
  } else if (added.has('vehicle')) {
    // Praise only a model the visitor named: "An SUV is a great pick" says nothing.
    lines.push(ctx.vehicle && facts.vehicle?.model ? say('ackVehicle', { vehicle: ctx.vehicle }) : say('ackVehicleGeneric', {}));
  } else if (added.has('credit') || intents.has('strongCredit')) {
    lines.push(say(ctx.strongCredit || intents.has('strongCredit') ? 'ackCreditStrong' : 'ackCredit', {}));
  } else if (added.has('budget')) {
    lines.push(say('ackBudget', {}));
  } else if (added.has('condition') && facts.condition) {
    lines.push(say('ackCondition', { condition: facts.condition }));
  } else if (added.has('timeframe')) {
    lines.push(say('ackTimeframe', {}));
  }
  return lines;
}
