import { changeHandoff, withLog } from './change-handoff.js';
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
  const stored = await changeHandoff(deps.store, conversationId, (conversation) => {
    const handoff = conversation.handoff;
    const escalation = handoff?.escalation;
    if (!handoff || escalation?.status !== 'waiting' || handoff.holder) return null;
    if (escalation.deadline > now) {
      waitUntil = escalation.deadline;
      return null;
    }
    const status = conversation.facts.phone ? 'callback' : 'missed';
    return { ...handoff, escalation: { ...escalation, status, endedAt: now }, log: withLog(handoff.log, { kind: 'timed_out', at: now }, { kind: status, at: now }) };
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
