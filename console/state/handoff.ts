import type { HandoffEvent, InboxItem, StaffServerToClientEvents } from '../../sdk/protocol/index.js';

/** `conversation:handoff`: who holds the conversation now and how its escalation stands, with the trail's new line. */
export type HandoffChange = Parameters<StaffServerToClientEvents['conversation:handoff']>[0];

/**
 * The row as the handoff left it: holder and escalation replaced. A row that was `waiting` stops being so at once
 * (shown `active`, since its shopper just wrote); the server's next `inbox:item` brings the exact state.
 */
export function withHandoff(item: InboxItem, change: Pick<HandoffChange, 'holder' | 'escalation'>): InboxItem {
  const { holder: _holder, escalation: _escalation, ...rest } = item;
  const waiting = change.escalation?.status === 'waiting';
  return {
    ...rest,
    ...(change.holder && { holder: change.holder }),
    ...(change.escalation && { escalation: change.escalation }),
    state: waiting ? 'waiting' : item.state === 'waiting' ? 'active' : item.state,
  };
}

/** The trail with one more line, in time order; a line already there (a refetch raced the event) is not doubled. */
export function withTrail(trail: HandoffEvent[], event: HandoffEvent): HandoffEvent[] {
  if (trail.some((e) => e.kind === event.kind && e.at === event.at)) return trail;
  return [...trail, event].sort((a, b) => a.at.localeCompare(b.at));
}

/** Whether a shopper is waiting for a person in this conversation. */
export const isWaiting = (item: InboxItem) => (item.escalation ? item.escalation.status === 'waiting' : item.state === 'waiting');
