import type { EscalationTurnInput } from '../conversation/escalation-port.js';
import type { EscalationTurn } from '../conversation/responder.js';
import { handoffSettings } from '../handoff/handoff-settings.js';
import { notifyJobsQueued } from '../leads/outbox-relay.js';
import { isOpen } from '../sites/business-hours.js';
import type { EscalationRecord, HandoffLogRecord } from '../store/records.js';
import type { EscalationReason } from '../../sdk/protocol/index.js';
import { changeHandoff, withLog } from './change-handoff.js';
import type { EscalationDeps } from './escalation-deps.js';
import { escalationJob } from './escalation-job.js';

export interface Started {
  turn: EscalationTurn;
  /** Set when someone is on the way: when Cathy tells the shopper nobody came. */
  deadline?: Date;
}

/** Who can come: someone online in business hours, nobody at the chat, or nobody until the store opens. */
function phaseOf(deps: EscalationDeps, input: EscalationTurnInput): EscalationTurn['phase'] {
  const { site, now } = input;
  if (!isOpen(site.businessHours, site.timezone, now)) return 'closed';
  return deps.presence.available(site.id) ? 'waiting' : 'unavailable';
}

/**
 * Marks the conversation "waiting for a person" and tells the team: the escalation and its `escalated` entry in one
 * conditional write (none when a person holds the chat or another escalation waits), the staff alert, and the
 * `conversation.escalated` webhook. When nobody can come, it does not wait: its outcome is decided at once
 * (`callback` with the shopper's phone known, else `missed`) and Cathy's reply says so.
 */
export async function startEscalation(deps: EscalationDeps, input: EscalationTurnInput, reason: EscalationReason): Promise<Started | undefined> {
  const { site, conversation, now } = input;
  const phase = phaseOf(deps, input);
  const waits = phase === 'waiting';
  const outcome: 'callback' | 'missed' = input.facts.phone ? 'callback' : 'missed';
  const status = waits ? 'waiting' : outcome;
  const deadline = waits ? new Date(now.getTime() + handoffSettings(site).timeoutSeconds * 1000) : now;
  const escalation: EscalationRecord = { reason, status, at: now, deadline, ...(!waits && { endedAt: now }) };
  const entries: HandoffLogRecord[] = [{ kind: 'escalated', at: now, reason }, ...(waits ? [] : [{ kind: outcome, at: now }])];
  // Written before the escalation, so a crash in between cannot lose it; sent only once the escalation is stored.
  if (site.webhook) await deps.store.outbox.insertMissing([escalationJob({ siteId: site.id, conversationId: conversation.id, messageId: input.message.id, escalation, now })]);
  let alreadyWaiting = false;
  const stored = await changeHandoff(deps.store, conversation.id, (fresh) => {
    const handoff = fresh.handoff;
    alreadyWaiting = handoff?.escalation?.status === 'waiting';
    if (handoff?.holder || alreadyWaiting) return null;
    return { ...handoff, escalation, log: withLog(handoff?.log, ...entries) };
  });
  if (!stored?.handoff) return alreadyWaiting ? { turn: { phase: 'waiting', started: false } } : undefined;
  if (site.webhook) notifyJobsQueued(deps.store);
  deps.logger.info({ conversationId: conversation.id, siteId: site.id, reason, phase, status }, 'escalated');
  deps.hub.announce({ conversationId: conversation.id, siteId: site.id, kind: 'escalated', reason });
  deps.hub.announce({ conversationId: conversation.id, siteId: site.id, kind: 'handoff', handoff: stored.handoff });
  if (!waits) deps.onOutcome?.(outcome);
  return { turn: { phase, started: true }, ...(waits && { deadline }) };
}
