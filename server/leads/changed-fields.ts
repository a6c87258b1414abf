import type { LeadRecord } from '../store/records.js';

// What a salesperson reads as a change, by the lead field that holds it. Phone and email are not here: a contact
// change goes out at once (see lead-service.ts), not in the debounced update.
const LABELS: Array<[string, (lead: Pick<LeadRecord, 'contact' | 'interest'>) => unknown]> = [
  ['name', (lead) => lead.contact.name],
  ['vehicle', (lead) => [lead.interest.vehicle, lead.interest.year, lead.interest.make, lead.interest.model]],
  ['new/used', (lead) => lead.interest.condition],
  ['trade-in', (lead) => lead.interest.tradeIn],
  ['budget', (lead) => [lead.interest.budget, lead.interest.monthlyBudget]],
  ['down payment', (lead) => lead.interest.downPayment],
  ['credit situation', (lead) => lead.interest.credit],
  ['timeframe', (lead) => lead.interest.timeframe],
  ['call time', (lead) => lead.interest.callTime],
  ['texting preference', (lead) => lead.interest.contactPreference],
];

/**
 * The labels of what differs between two versions of a lead, in reading order.
 *
 * @example changedFields(lead, { ...lead, interest: { ...lead.interest, callTime: 'evening' } }) // ['call time']
 */
export function changedFields(before: Pick<LeadRecord, 'contact' | 'interest'>, after: Pick<LeadRecord, 'contact' | 'interest'>): string[] {
  return LABELS.filter(([, read]) => JSON.stringify(read(before)) !== JSON.stringify(read(after))).map(([label]) => label);
}
