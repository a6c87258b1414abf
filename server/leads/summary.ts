import type { CapturedFacts } from '../capture/facts.js';

/** A one-paragraph brief a salesperson can read before dialling. */
export function leadSummary(facts: CapturedFacts): string {
  const name = [facts.firstName, facts.lastName].filter(Boolean).join(' ') || 'The visitor';
  const wants = facts.vehicle
    ? `${facts.condition ? `a ${facts.condition} ` : ''}${facts.vehicle.text}`
    : facts.condition
      ? `a ${facts.condition} vehicle`
      : 'a vehicle (not specified yet)';
  const parts = [`${name} is interested in ${wants}.`];
  if (facts.budget) parts.push(`Budget: ${facts.budget.text}.`);
  if (facts.tradeIn) parts.push(facts.tradeIn.has ? `Trade-in: ${facts.tradeIn.text ?? 'yes'}.` : 'No trade-in.');
  if (facts.credit) parts.push(`Credit situation, in their words: "${facts.credit}".`);
  if (facts.timeframe) parts.push(`Timeframe: ${facts.timeframe}.`);
  if (facts.callTime) parts.push(`Best time to call: ${facts.callTime}.`);
  if (facts.contactPreference === 'text') parts.push('Prefers texts to calls.');
  if (facts.language === 'es') parts.push('Prefers Spanish.');
  return parts.join(' ');
}
