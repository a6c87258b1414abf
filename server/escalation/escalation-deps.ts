import type { KeyedQueue } from '../concurrency/keyed-queue.js';
import type { EventHub } from '../conversation/event-hub.js';
import type { PresenceRegistry } from '../handoff/presence.js';
import type { Logger } from '../logging/logger.js';
import type { Store } from '../store/store.js';

/**
 * How an escalation ended, as counted (`cathy_escalations_total{outcome}`): `recovered` is a `missed` one whose
 * shopper left a number afterwards, counted again when it became a call back.
 */
export type EscalationOutcome = 'taken' | 'callback' | 'missed' | 'recovered';

export interface EscalationDeps {
  store: Store;
  hub: EventHub;
  /** The conversations' reply queue: Cathy's message at the deadline never interleaves with a reply. */
  queue: KeyedQueue;
  presence: PresenceRegistry;
  logger: Logger;
  now: () => Date;
  onOutcome?: (outcome: EscalationOutcome) => void;
  /** Cathy's message at the deadline was stored. */
  onMessage?: (role: 'assistant') => void;
}
