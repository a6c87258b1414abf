import type { ResponderSite } from './responder.js';

/** One finished exchange, handed over once Cathy's reply is stored and sent. */
export interface EnrichmentJob {
  site: ResponderSite;
  conversationId: string;
  /** This exchange created or changed the lead, so its summary is due for a refresh. */
  leadChanged: boolean;
  /** Tells the dealer's people what the job changed: the inbox row (`facts`), or the lead card too (`lead`). */
  announce(kind: 'facts' | 'lead'): void;
  /** Runs a write in the conversation's reply queue, so it never interleaves with a reply's own writes. */
  serialize<T>(task: () => Promise<T>): Promise<T>;
}

/**
 * Work done after a reply, off the visitor's path (the language model's lead extraction and summary).
 * Jobs of one conversation run in order.
 */
export interface ReplyEnricher {
  schedule(job: EnrichmentJob): void;
  /** Resolves when every scheduled job has settled (graceful shutdown). */
  idle(): Promise<void>;
}
