import type { Lead } from '../../sdk/protocol/index.js';
import type { CapturedFacts } from '../../server/capture/facts.js';

/** The lead fields the suite judges, read the same way from a lead or from a conversation's facts. */
export interface FactView {
  firstName?: string;
  lastName?: string;
  vehicleText?: string;
  make?: string;
  model?: string;
  year?: number;
  tradeIn?: string;
  budget?: string;
  monthly?: number;
  credit?: string;
  timeframe?: string;
  callTime?: string;
  phone?: string;
  email?: string;
  doNotContact?: boolean;
  /** Every text the salesperson sees, for facts with no field of their own yet (texting preference). */
  everything: string;
}

/** The string values in an object, not its keys ("text" is a key of every vehicle). */
function values(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return Object.values(value).map(values).join(' ');
  return '';
}

export function viewOfLead(lead: Lead): FactView {
  const { contact, interest } = lead;
  const { summary, ...fields } = { ...interest, summary: lead.summary };
  return {
    firstName: contact.firstName,
    lastName: contact.lastName,
    vehicleText: interest.vehicle,
    make: interest.make,
    model: interest.model,
    year: interest.year,
    tradeIn: interest.tradeIn,
    budget: interest.budget,
    monthly: interest.monthlyBudget,
    credit: interest.credit,
    timeframe: interest.timeframe,
    callTime: interest.callTime,
    phone: contact.phone,
    email: contact.email,
    doNotContact: lead.doNotContact,
    everything: values({ fields, contact, summary, openQuestions: lead.openQuestions ?? [] }),
  };
}

export function viewOfFacts(facts: Partial<CapturedFacts>): FactView {
  return {
    firstName: facts.firstName,
    lastName: facts.lastName,
    vehicleText: facts.vehicle?.text,
    make: facts.vehicle?.make,
    model: facts.vehicle?.model,
    year: facts.vehicle?.year,
    tradeIn: facts.tradeIn ? (facts.tradeIn.has ? (facts.tradeIn.text ?? 'yes') : 'none') : undefined,
    budget: facts.budget?.text,
    monthly: facts.budget?.monthly,
    credit: facts.credit,
    timeframe: facts.timeframe,
    callTime: facts.callTime,
    phone: facts.phone,
    email: facts.email,
    everything: values(facts),
  };
}
