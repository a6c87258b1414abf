import type { Budget, CapturedFacts, TradeIn, VehicleInterest } from './facts.js';

/** Drops undefined and blank values, so they can never overwrite what is known. */
function known<T extends object>(value: T | undefined): Partial<T> {
  if (!value) return {};
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== null && !(typeof v === 'string' && !v.trim())),
  ) as Partial<T>;
}

function mergeVehicle(current?: VehicleInterest, found?: VehicleInterest): VehicleInterest | undefined {
  const next = known(found);
  if (!current) return next.text ? { ...next, text: next.text } : undefined;
  const merged: VehicleInterest = { ...current, ...next };
  // A model belongs to its make: "actually a Toyota" after "Honda Civic" must not leave a "Toyota Civic".
  if (next.make && next.make !== current.make && !next.model) delete merged.model;
  return merged;
}

function mergeBudget(current?: Budget, found?: Budget): Budget | undefined {
  const next = known(found);
  if (!current) return next.text ? { ...next, text: next.text } : undefined;
  const amounts = ['monthly', 'total', 'down'] as const;
  const overlaps = amounts.some((key) => current[key] !== undefined && next[key] !== undefined);
  // "$2,000 down" after "$350 a month" adds to it; "actually 400 a month" replaces the words it corrects.
  const text = !next.text ? current.text : overlaps ? next.text : `${current.text}; ${next.text}`;
  return { ...current, ...next, text };
}

function mergeTradeIn(current?: TradeIn, found?: TradeIn): TradeIn | undefined {
  if (!found) return current && { ...current };
  if (!found.has) return { has: false };
  return { ...(current?.has ? current : {}), ...known(found), has: true };
}

/**
 * Merges what one message found into the facts known so far: newer non-empty values win field by field, and
 * nothing known is dropped by a missing value. Returns a new object.
 *
 * @example
 * mergeFacts({ vehicle: { text: 'Honda CR-V', make: 'Honda', model: 'CR-V' } }, { vehicle: { text: 'the red one' } });
 * // { vehicle: { text: 'the red one', make: 'Honda', model: 'CR-V' } }
 */
export function mergeFacts(current: CapturedFacts, found: Partial<CapturedFacts>): CapturedFacts {
  const { vehicle, budget, tradeIn, ...scalars } = found;
  const merged: CapturedFacts = { ...current, ...known(scalars) };
  const mergedVehicle = mergeVehicle(current.vehicle, vehicle);
  const mergedBudget = mergeBudget(current.budget, budget);
  const mergedTradeIn = mergeTradeIn(current.tradeIn, tradeIn);
  if (mergedVehicle) merged.vehicle = mergedVehicle;
  if (mergedBudget) merged.budget = mergedBudget;
  if (mergedTradeIn) merged.tradeIn = mergedTradeIn;
  return merged;
}
