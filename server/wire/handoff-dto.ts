import type { AgentJoinedEvent, ConversationHolder, EscalationView, HandoffEvent } from '../../sdk/protocol/index.js';
import type { EscalationRecord, HandoffHolderRecord, HandoffLogRecord } from '../store/records.js';

export function toHolder(holder: HandoffHolderRecord): ConversationHolder {
  return {
    staffId: holder.staffId,
    name: holder.name,
    ...(holder.avatarUrl ? { avatarUrl: holder.avatarUrl } : {}),
    since: holder.since.toISOString(),
  };
}

export function toEscalationView(escalation: EscalationRecord): EscalationView {
  return {
    reason: escalation.reason,
    status: escalation.status,
    at: escalation.at.toISOString(),
    deadline: escalation.deadline.toISOString(),
    ...(escalation.endedAt ? { endedAt: escalation.endedAt.toISOString() } : {}),
    ...(escalation.takenBy ? { takenBy: escalation.takenBy } : {}),
  };
}

export function toHandoffEvent(entry: HandoffLogRecord): HandoffEvent {
  return {
    kind: entry.kind,
    at: entry.at.toISOString(),
    ...(entry.staff ? { staff: entry.staff } : {}),
    ...(entry.from ? { from: entry.from } : {}),
    ...(entry.reason ? { reason: entry.reason } : {}),
  };
}

/** What the shopper is told of the person holding the chat: when they join, and again whenever the shopper reconnects. */
export function toAgentJoined(holder: HandoffHolderRecord, dealer: string): AgentJoinedEvent {
  return {
    name: holder.name,
    ...(holder.avatarUrl ? { avatarUrl: holder.avatarUrl } : {}),
    dealer,
    at: holder.since.toISOString(),
  };
}
