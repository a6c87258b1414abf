import { AppError } from '../errors/app-error.js';
import { changeHandoff } from '../handoff/change-handoff.js';
import { withEntries } from '../handoff/handoff-log.js';
import type { ConversationRecord, HandoffRecord } from '../store/records.js';
import type { EscalationDeps } from './escalation-deps.js';
import { postTimedOutMessage } from './timed-out-message.js';

/** What a look at an escalation found: ended now, still to wait until a time, or nothing to do. */
export type Settled = { ended: 'callback' | 'missed' } | { waitUntil: Date } | { done: true };

/**
 * At the deadline: if the escalation still waits and nobody holds the chat, it ends as `callback` (the shopper's
 * phone is known) or `missed` (log `timed_out`, then the outcome) and Cathy says so in one message. A takeover,
 * another ending or an erase that came first leaves nothing to do. Call it in the conversation's reply queue.
 */
export async function settleEscalation(deps: EscalationDeps, conversationId: string): Promise<Settled> {
  const now = deps.now();
  let waitUntil: Date | undefined;
  const stored = await settled(deps, conversationId, (conversation) => {
    const { version: _version, ...handoff } = conversation.handoff ?? { version: 0, log: [] };
    const escalation = handoff.escalation;
    if (escalation?.status !== 'waiting' || handoff.holder) return undefined;
    if (escalation.deadline > now) {
      waitUntil = escalation.deadline;
      return undefined;
    }
    const status = conversation.facts.phone ? 'callback' : 'missed';
    return { ...handoff, escalation: { ...escalation, status, endedAt: now }, log: withEntries(handoff.log, { kind: 'timed_out', at: now }, { kind: status, at: now }) };
  });
  if (!stored?.handoff?.escalation) return waitUntil ? { waitUntil } : { done: true };
  const status = stored.handoff.escalation.status === 'callback' ? 'callback' : 'missed';
  const site = await deps.store.sites.byId(stored.siteId);
  deps.logger.info({ conversationId, siteId: stored.siteId, status }, 'timed_out');
  if (site) await postTimedOutMessage(deps, stored, site, now);
  deps.hub.announce({ conversationId, siteId: stored.siteId, kind: 'handoff', handoff: stored.handoff });
  deps.logger.info({ conversationId, siteId: stored.siteId }, status);
  deps.onOutcome?.(status);
  return { ended: status };
}

/** The conversation as the swap left it, or null when nothing changed or it was erased meanwhile (nothing to settle). */
async function settled(
  deps: EscalationDeps,
  conversationId: string,
  decide: (conversation: ConversationRecord) => Omit<HandoffRecord, 'version'> | undefined,
): Promise<ConversationRecord | null> {
  try {
    const { conversation, changed } = await changeHandoff(deps.store, conversationId, (fresh) => ({ result: undefined, next: decide(fresh) }));
    return changed ? conversation : null;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}
