import type { CapturedFacts } from '../../capture/facts.js';
import type { FactSources } from '../../store/records.js';
import type { LeadFields } from './lead-fields-schema.js';

const OWN_WORDS_LIMIT = 200;
const NAME_LIMIT = 60;
// Model years a dealer can sell, and amounts no car deal exceeds: anything else is a misreading that would
// reach the salesperson's email and the CRM's ADF as a real figure.
const YEARS = { min: 1900, max: 2100 };
const AMOUNT_LIMIT = 10_000_000;

// One line: these values land in email subjects and ADF elements.
const clean = (value: string | null | undefined, limit = OWN_WORDS_LIMIT) => value?.replace(/\s+/g, ' ').trim().slice(0, limit) || undefined;
const year = (value: number | null) => (value !== null && Number.isInteger(value) && value >= YEARS.min && value <= YEARS.max ? value : undefined);
const amount = (value: number | null) => (value !== null && Number.isFinite(value) && value >= 0 && value < AMOUNT_LIMIT ? value : undefined);

/** The model's fields as facts, dropping what it left null or blank, and the contact fields (see below). */
function asFacts(fields: LeadFields): Partial<CapturedFacts> {
  const { vehicle, budget, tradeIn } = fields;
  const vehicleText = clean(vehicle?.text);
  const budgetText = clean(budget?.text);
  const found: Partial<CapturedFacts> = {
    firstName: clean(fields.firstName, NAME_LIMIT),
    lastName: clean(fields.lastName, NAME_LIMIT),
    vehicle:
      vehicle && vehicleText
        ? {
            text: vehicleText,
            year: year(vehicle.year),
            make: clean(vehicle.make),
            model: clean(vehicle.model),
            bodyType: clean(vehicle.bodyType),
          }
        : undefined,
    condition: fields.condition ?? undefined,
    budget:
      budget && budgetText
        ? { text: budgetText, monthly: amount(budget.monthly), total: amount(budget.total), down: amount(budget.down) }
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
 * Checks the model's reading against the rules' reading. Phone and email only ever come from the
 * deterministic capture (consent is tied to the exact message that held them). For every other field a
 * valid model value fills a gap and replaces a value the rules only guessed (`sources[field].confidence`
 * is `low`: a bare answer, a corrected typo); a value the rules read from an explicit cue stays. The credit
 * situation takes the visitor's fuller words ("rebuilding" → "rebuilding after a divorce two years ago").
 *
 * @example mergeLeadFields({ timeframe: 'maria' }, fields, { timeframe: { messageId: 'm3', confidence: 'low' } }).timeframe // 'next month'
 */
export function mergeLeadFields(current: CapturedFacts, fields: LeadFields, sources: FactSources = {}): CapturedFacts {
  const { credit, ...found } = asFacts(fields);
  const merged: CapturedFacts = { ...current };
  for (const [key, value] of Object.entries(found) as Array<[keyof CapturedFacts, never]>) {
    if (merged[key] === undefined || sources[key]?.confidence === 'low') merged[key] = value;
  }
  if (credit && (!current.credit || sources.credit?.confidence === 'low' || credit.length > current.credit.length)) merged.credit = credit;
  return merged;
}
