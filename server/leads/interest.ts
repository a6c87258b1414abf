import type { CapturedFacts } from '../capture/facts.js';
import type { LeadRecord } from '../store/records.js';

type Interest = LeadRecord['interest'];

function interestOf(facts: CapturedFacts): Interest {
  const interest: Interest = {
    vehicle: facts.vehicle?.text,
    year: facts.vehicle?.year,
    make: facts.vehicle?.make,
    model: facts.vehicle?.model,
    condition: facts.condition,
    tradeIn: facts.tradeIn ? (facts.tradeIn.has ? (facts.tradeIn.text ?? 'yes') : 'none') : undefined,
    budget: facts.budget?.text,
    monthlyBudget: facts.budget?.monthly,
    downPayment: facts.budget?.down,
    credit: facts.credit,
    timeframe: facts.timeframe,
    callTime: facts.callTime,
    contactPreference: facts.contactPreference,
  };
  return Object.fromEntries(Object.entries(interest).filter(([, v]) => v !== undefined));
}

/**
 * The lead's interest after the conversation's latest facts: newer values win field by field, but the vehicle
 * goes as a whole, so "actually a Silverado" does not keep the year of the Civic it replaced.
 *
 * @example mergeInterest({ vehicle: '2016 civic', year: 2016, model: 'Civic' }, { vehicle: { text: 'Silverado', model: 'Silverado' } }).year // undefined
 */
export function mergeInterest(previous: Interest | undefined, facts: CapturedFacts): Interest {
  const kept: Interest = { ...previous };
  if (facts.vehicle) {
    delete kept.vehicle;
    delete kept.year;
    delete kept.make;
    delete kept.model;
  }
  return { ...kept, ...interestOf(facts) };
}
