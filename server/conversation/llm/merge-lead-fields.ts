import type { CapturedFacts } from '../../capture/facts.js';
import type { LeadFields } from './lead-fields-schema.js';

const OWN_WORDS_LIMIT = 200;

const clean = (value: string | null | undefined) => value?.trim().slice(0, OWN_WORDS_LIMIT) || undefined;

/** The model's fields as facts, dropping what it left null or blank, and the contact fields (see below). */
function asFacts(fields: LeadFields): Partial<CapturedFacts> {
  const { vehicle, budget, tradeIn } = fields;
  const vehicleText = clean(vehicle?.text);
  const budgetText = clean(budget?.text);
  const found: Partial<CapturedFacts> = {
    firstName: clean(fields.firstName),
    lastName: clean(fields.lastName),
    vehicle:
      vehicle && vehicleText
        ? {
            text: vehicleText,
            year: Number.isInteger(vehicle.year) ? (vehicle.year as number) : undefined,
            make: clean(vehicle.make),
            model: clean(vehicle.model),
            bodyType: clean(vehicle.bodyType),
          }
        : undefined,
    condition: fields.condition ?? undefined,
    budget:
      budget && budgetText
        ? { text: budgetText, monthly: budget.monthly ?? undefined, total: budget.total ?? undefined, down: budget.down ?? undefined }
        : undefined,
    tradeIn: tradeIn ? { has: tradeIn.has, text: tradeIn.has ? clean(tradeIn.text) : undefined } : undefined,
    credit: clean(fields.credit),
    timeframe: clean(fields.timeframe),
    callTime: fields.callTime ?? undefined,
    language: fields.language ?? undefined,
  };
  return JSON.parse(JSON.stringify(found)) as Partial<CapturedFacts>;
}

/**
 * Adds what the model read to what the deterministic capture found. The capture stays the source of
 * truth: phone and email only ever come from it (consent is tied to the exact message that held
 * them), and a field it filled keeps its value. The model fills the gaps, and the credit situation,
 * where the visitor's own fuller words beat the capture's short cue ("rebuilding").
 *
 * @example mergeLeadFields({ credit: 'rebuilding' }, fields).credit // 'rebuilding after a divorce two years ago'
 */
export function mergeLeadFields(current: CapturedFacts, fields: LeadFields): CapturedFacts {
  const { credit, ...found } = asFacts(fields);
  const merged: CapturedFacts = { ...current };
  for (const [key, value] of Object.entries(found) as Array<[keyof CapturedFacts, never]>) {
    if (merged[key] === undefined) merged[key] = value;
  }
  if (credit && (!current.credit || credit.length > current.credit.length)) merged.credit = credit;
  return merged;
}
