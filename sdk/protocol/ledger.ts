/** One delivery job of a lead in `GET /v1/leads/ledger`. */
export interface LedgerDelivery {
  id: string;
  kind: 'email.lead' | 'email.adf' | 'webhook';
  event: 'lead.created' | 'lead.updated' | 'lead.status_changed';
  status: 'pending' | 'processing' | 'delivered' | 'failed' | 'superseded';
  attempts: number;
  /** A dead letter, or not sent within the deadline (15 minutes). */
  overdue: boolean;
}

/** A conversation in which the visitor gave a phone or email, with its lead and that lead's deliveries. */
export interface LedgerEntry {
  conversationId: string;
  visitorId: string;
  /** Which contact details the visitor gave (never the details themselves). */
  gave: Array<'phone' | 'email'>;
  /** `null`: contact details without a lead, a lost lead. */
  leadId: string | null;
  deliveries: LedgerDelivery[];
}

/** `GET /v1/leads/ledger`. */
export interface LeadLedger {
  conversations: LedgerEntry[];
}
