import type { EventHub } from '../conversation/event-hub.js';
import type { LeadRecord } from '../store/records.js';
import type { Store } from '../store/store.js';

/**
 * Tells the dealer's people that a lead changed outside a conversation (its pipeline, a retried delivery): every
 * conversation of the lead gets its lead card and inbox row refreshed on the staff sockets.
 */
export function announceLeadChange(hub: EventHub, lead: LeadRecord): void {
  for (const entry of lead.conversations) hub.announce({ conversationId: entry.conversationId, siteId: lead.siteId, kind: 'lead' });
}

/** The same for a lead known by id, e.g. once the delivery worker changed its delivery status. */
export async function announceLeadById(store: Store, hub: EventHub, leadId: string): Promise<void> {
  const lead = await store.leads.byId(leadId);
  if (lead) announceLeadChange(hub, lead);
}
