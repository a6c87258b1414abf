import type { InboxItem, MessageDelta } from '../../sdk/protocol/index.js';
import type { ConversationActivity, EventHub } from '../conversation/event-hub.js';
import type { Logger } from '../logging/logger.js';
import type { Store } from '../store/store.js';
import { shopperWrote } from '../store/inbox-query.js';
import { toLead } from '../wire/dto.js';
import { toEscalationView, toHandoffEvent, toHolder } from '../wire/handoff-dto.js';
import { leadDeliveries } from '../workspace/conversation-detail.js';
import { toInboxItems } from '../workspace/inbox-service.js';
import { staffSiteRoom, staffWatchRoom, type StaffNamespace } from './staff-socket-types.js';

export interface StaffFanoutDeps {
  store: Store;
  hub: EventHub;
  logger: Logger;
  now: () => Date;
}

/**
 * Turns what the engine announces into staff events: the inbox row to every staff member of the site (each with
 * their own unread mark), and the conversation's own events to the sockets watching it. Reads happen after the
 * write that caused them, so a row always shows the stored state.
 */
export function attachStaffFanout(nsp: StaffNamespace, deps: StaffFanoutDeps): void {
  const { store } = deps;

  /** Each staff member's own row (their unread mark) to their sockets, and to `also` with it. */
  async function pushRow(activity: ConversationActivity, also?: (socket: { emit: StaffNamespace['emit'] }, item: InboxItem) => void): Promise<void> {
    const sockets = await nsp.in(staffSiteRoom(activity.siteId)).fetchSockets();
    if (sockets.length === 0) return;
    const conversation = await store.conversations.byId(activity.conversationId);
    if (!conversation || !shopperWrote(conversation)) return;
    const byStaff = new Map<string, typeof sockets>();
    for (const socket of sockets) {
      const staffId = socket.data.principal.staffId;
      byStaff.set(staffId, [...(byStaff.get(staffId) ?? []), socket]);
    }
    for (const [staffId, mine] of byStaff) {
      const [item] = await toInboxItems(store, [conversation], staffId, deps.now());
      if (!item) continue;
      for (const socket of mine) {
        socket.emit('inbox:item', item);
        also?.(socket, item);
      }
    }
  }

  async function fanOut(activity: ConversationActivity): Promise<void> {
    const watchers = nsp.to(staffWatchRoom(activity.conversationId));
    if (activity.kind === 'note') {
      watchers.emit('conversation:note', activity.note);
      return;
    }
    if (activity.kind === 'typing') {
      watchers.emit('conversation:typing', { conversationId: activity.conversationId, role: activity.role, on: activity.on });
      return;
    }
    if (activity.kind === 'escalated') {
      const { reason } = activity;
      await pushRow(activity, (socket, item) => socket.emit('conversation:escalated', { item, reason }));
      return;
    }
    if (activity.kind === 'handoff') {
      const { holder, escalation, log } = activity.handoff;
      const entry = log.at(-1);
      if (entry) {
        nsp.to(staffSiteRoom(activity.siteId)).emit('conversation:handoff', {
          conversationId: activity.conversationId,
          ...(holder ? { holder: toHolder(holder) } : {}),
          ...(escalation ? { escalation: toEscalationView(escalation) } : {}),
          event: toHandoffEvent(entry),
        });
      }
    }
    if (activity.kind === 'message' || activity.kind === 'started') {
      watchers.emit('conversation:message', { conversationId: activity.conversationId, message: activity.message });
    }
    if (activity.kind === 'lead') {
      const conversation = await store.conversations.byId(activity.conversationId);
      const lead = conversation?.leadId ? await store.leads.byId(conversation.leadId) : null;
      if (lead) watchers.emit('conversation:lead', { conversationId: activity.conversationId, lead: toLead(lead), deliveries: await leadDeliveries(store, lead) });
    }
    await pushRow(activity);
  }

  deps.hub.onActivity((activity) => {
    fanOut(activity).catch((error: unknown) => deps.logger.error({ err: error, conversationId: activity.conversationId }, 'staff fan-out failed'));
  });
  deps.hub.subscribe((conversationId, event) => {
    if (event.name !== 'message:delta') return;
    const { messageId, delta } = event.args[0] as MessageDelta;
    nsp.to(staffWatchRoom(conversationId)).emit('conversation:delta', { conversationId, messageId, delta });
  });
}
