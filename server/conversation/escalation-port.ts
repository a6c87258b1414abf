import type { CapturedFacts } from '../capture/facts.js';
import type { ConversationRecord, MessageRecord, SiteRecord } from '../store/records.js';
import type { Reading } from '../understanding/reading.js';
import type { EscalationTurn } from './responder.js';

export interface EscalationTurnInput {
  site: SiteRecord;
  /** As loaded for this turn. */
  conversation: ConversationRecord;
  message: MessageRecord;
  reading: Reading;
  /** Facts after merging this message. */
  facts: CapturedFacts;
  now: Date;
}

/**
 * How the reply pipeline reaches the escalation (server/escalation), which sits above the engine and is handed to
 * it at wiring time (app.ts). Neither call ever fails the reply: a failure is logged and the reply goes on.
 */
export interface EscalationPort {
  /** After the message is read: starts an escalation when it calls for a person; what the reply should say about it. */
  consider(input: EscalationTurnInput): Promise<EscalationTurn | undefined>;
  /** After the contact step: an escalation recorded `missed` becomes `callback` once the shopper's phone is known. */
  phoneKnown(input: Pick<EscalationTurnInput, 'conversation' | 'facts' | 'now'>): Promise<void>;
}
