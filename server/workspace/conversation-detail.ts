import type { ConversationDetail, LeadDeliveryView } from '../../sdk/protocol/index.js';
import { AppError } from '../errors/app-error.js';
import type { ConversationRecord, LeadRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { toChatMessage } from '../wire/message-dto.js';
import { toHandoffEvent } from '../wire/handoff-dto.js';
import { toLead } from '../wire/dto.js';
import { toDeliveryView, toShopperContext, toStaffNote } from '../wire/staff-dto.js';
import { toInboxItems } from './inbox-service.js';

/** The transcript shows at most this many of the newest messages. */
const TRANSCRIPT_MESSAGES = 1000;
const DELIVERIES_SHOWN = 100;

/**
 * The conversation, or NOT_FOUND. The caller then checks the staff member's role on `siteId`, which answers
 * NOT_FOUND too for another site's: a conversation of another dealer looks exactly like a missing one.
 */
export async function findConversation(store: Store, id: string): Promise<ConversationRecord> {
  const conversation = await store.conversations.byId(id);
  if (!conversation) throw new AppError('NOT_FOUND', 'No such conversation.');
  return conversation;
}

/** Each delivery of the lead (email, ADF, webhook) as the lead card shows it, newest attempts included. */
export async function leadDeliveries(store: Store, lead: LeadRecord): Promise<LeadDeliveryView[]> {
  const jobs = await store.outbox.list({ siteId: lead.siteId, leadId: lead.id, limit: DELIVERIES_SHOWN });
  return jobs.map(toDeliveryView);
}

/** Everything the conversation view shows, read for one staff member (their unread mark). */
export async function conversationDetail(store: Store, conversation: ConversationRecord, staffId: string, now: Date): Promise<ConversationDetail> {
  const lead = conversation.leadId ? await store.leads.byId(conversation.leadId) : null;
  const [[item], messages, visitor, deliveries, notes] = await Promise.all([
    toInboxItems(store, [conversation], staffId, now),
    store.messages.latest(conversation.id, TRANSCRIPT_MESSAGES),
    store.visitors.byId(conversation.visitorId),
    lead ? leadDeliveries(store, lead) : [],
    store.notes.listByConversation(conversation.id),
  ]);
  return {
    item: item!,
    messages: messages.map(toChatMessage),
    context: toShopperContext(conversation, visitor),
    ...(lead && { lead: toLead(lead) }),
    deliveries,
    handoff: (conversation.handoff?.log ?? []).map(toHandoffEvent),
    notes: notes.map(toStaffNote),
  };
}
