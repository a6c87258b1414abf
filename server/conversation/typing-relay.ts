import type { EventHub } from './event-hub.js';
import type { StaffPrincipal } from '../staff/staff-principal.js';
import type { Store } from '../store/store.js';
import { holderOf } from '../handoff/handoff-log.js';

/** At most one `typing` per conversation per this many ms reaches the team; a stop always follows a start. */
export const TYPING_INTERVAL_MS = 1_000;
/** Throttle entries kept before the stale ones are dropped, so the map stays small whatever clients send. */
const TRACKED_MAX = 10_000;

export interface TypingRelay {
  /** The shopper typing: told to whoever watches, and only while a person holds the chat (nobody else reads it). */
  visitor(conversation: { conversationId: string; siteId: string }, on: boolean): Promise<void>;
  /** The holder typing: told to the shopper. From anyone but the holder it is dropped (false). */
  agent(principal: StaffPrincipal, conversationId: string, on: boolean): Promise<boolean>;
}

export function createTypingRelay(deps: { store: Store; hub: EventHub; now: () => Date }): TypingRelay {
  const last = new Map<string, { at: number; on: boolean }>();

  /** Whether this change passes the throttle: a different state than the last one passed, or a second later. */
  const passes = (key: string, on: boolean): boolean => {
    const now = deps.now().getTime();
    const before = last.get(key);
    if (before && now - before.at < TYPING_INTERVAL_MS && (before.on === on || on)) return false;
    if (last.size >= TRACKED_MAX) for (const [k, v] of last) if (now - v.at >= TYPING_INTERVAL_MS) last.delete(k);
    last.set(key, { at: now, on });
    return true;
  };

  return {
    async visitor({ conversationId, siteId }, on) {
      if (!passes(`v:${conversationId}`, on)) return;
      const conversation = await deps.store.conversations.byId(conversationId);
      if (!conversation || !holderOf(conversation)) return;
      deps.hub.announce({ conversationId, siteId, kind: 'typing', role: 'visitor', on });
    },
    async agent(principal, conversationId, on) {
      const conversation = await deps.store.conversations.byId(conversationId);
      if (!conversation || holderOf(conversation)?.staffId !== principal.staffId) return false;
      if (!principal.memberships.some((m) => m.siteId === conversation.siteId)) return false;
      if (!passes(`a:${conversationId}`, on)) return true;
      deps.hub.publish(conversationId, 'typing', { on, role: 'agent' });
      deps.hub.announce({ conversationId, siteId: conversation.siteId, kind: 'typing', role: 'agent', on });
      return true;
    },
  };
}
