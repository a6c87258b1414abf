import type { LeadRecord } from '../store/records.js';
import { text, withAttributes, type Node } from './adf-node.js';

function finance(interest: LeadRecord['interest']): Node | undefined {
  const amounts: Node[] = [];
  if (interest.downPayment !== undefined) amounts.push(withAttributes({ type: 'downpayment', currency: 'USD' }, interest.downPayment));
  if (interest.monthlyBudget !== undefined) {
    amounts.push(withAttributes({ type: 'monthly', limit: 'maximum', currency: 'USD' }, interest.monthlyBudget));
  }
  return amounts.length > 0 ? { method: 'finance', amount: amounts } : undefined;
}

/** The wanted vehicle, and the trade-in as a second `vehicle` (see docs/rest.md, ADF). */
export function adfVehicles(interest: LeadRecord['interest']): Node[] {
  const money = finance(interest);
  const wanted: Node = {
    '@interest': 'buy',
    ...(interest.condition ? { '@status': interest.condition } : {}),
    // Required even when unknown: receivers refuse a vehicle without them, and accept them empty.
    year: text(interest.year),
    make: text(interest.make),
    model: text(interest.model),
    ...(money ? { finance: money } : {}),
    comments: text([interest.vehicle, interest.budget && `Budget: ${interest.budget}`].filter(Boolean).join('. ')),
  };
  if (!interest.tradeIn || interest.tradeIn === 'none') return [wanted];
  const tradeIn: Node = { '@interest': 'trade-in', '@status': 'used', year: '', make: '', model: '', comments: text(interest.tradeIn) };
  return [wanted, tradeIn];
}
