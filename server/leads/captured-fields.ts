import type { CapturedFields } from '../../sdk/protocol/index.js';
import type { LeadRecord } from '../store/records.js';
import { entryOf } from './lead-conversations.js';

/**
 * What the visitor's page may see of the lead: only what this conversation said. Another shopper who gave the
 * same number contributes to the dealer's lead, never to this page.
 */
export function capturedFields(lead: LeadRecord, conversationId: string): CapturedFields {
  const entry = entryOf(lead, conversationId);
  if (!entry) return {};
  const { contact, interest } = entry;
  const fields: CapturedFields = {
    name: contact.name,
    phone: contact.phoneNational,
    email: contact.email,
    vehicle: interest.vehicle,
    tradeIn: interest.tradeIn,
    budget: interest.budget,
    credit: interest.credit,
    timeframe: interest.timeframe,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as CapturedFields;
}
