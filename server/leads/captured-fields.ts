import type { CapturedFields } from '../../sdk/protocol/index.js';
import type { LeadRecord } from '../store/records.js';

/** The lead as the visitor's page may see it: their own details, nothing internal. */
export function capturedFields(lead: LeadRecord): CapturedFields {
  const fields: CapturedFields = {
    name: lead.contact.name,
    phone: lead.contact.phoneNational,
    email: lead.contact.email,
    vehicle: lead.interest.vehicle,
    tradeIn: lead.interest.tradeIn,
    budget: lead.interest.budget,
    credit: lead.interest.credit,
    timeframe: lead.interest.timeframe,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as CapturedFields;
}
