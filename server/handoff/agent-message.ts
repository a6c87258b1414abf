import { v7 as uuidv7 } from 'uuid';
import type { AgentMessageBody, ChatMessage } from '../../sdk/protocol/index.js';
import { recordActivity } from '../conversation/record-activity.js';
import { AppError } from '../errors/app-error.js';
import type { StaffPrincipal } from '../staff/staff-principal.js';
import type { ConversationRecord, MessageRecord } from '../store/records.js';
import { toChatMessage } from '../wire/message-dto.js';
import type { HandoffDeps } from './handoff-deps.js';
import { holderOf } from './handoff-log.js';

/**
 * The holder's message to the shopper: stored as role `agent` with its author, published to the shopper at once,
 * then counted into the inbox and announced to the team like any message. A resend with the same clientId
 * returns the stored one (`created: false`). Only the holder may send.
 */
export async function sendAgentMessage(
  deps: HandoffDeps,
  input: { principal: StaffPrincipal; conversation: ConversationRecord; body: AgentMessageBody },
): Promise<{ message: ChatMessage; created: boolean }> {
  const { principal, conversation, body } = input;
  const existing = await deps.store.messages.byClientId(conversation.id, body.clientId);
  if (existing) return { message: resent(existing, principal.staffId), created: false };
  const holder = holderOf(conversation);
  if (holder?.staffId !== principal.staffId) {
    throw new AppError('CONFLICT', holder ? `${holder.name} is answering this conversation.` : 'Take the conversation over before writing to the shopper.');
  }
  const id = uuidv7();
  const record: MessageRecord = {
    id,
    seq: id,
    conversationId: conversation.id,
    siteId: conversation.siteId,
    visitorId: conversation.visitorId,
    role: 'agent',
    text: body.text,
    clientId: body.clientId,
    author: { staffId: holder.staffId, name: holder.name, ...(holder.avatarUrl ? { avatarUrl: holder.avatarUrl } : {}) },
    createdAt: deps.now(),
  };
  const { message: stored, created } = await deps.store.messages.insert(record);
  if (!created) return { message: resent(stored, principal.staffId), created: false };
  const wire = toChatMessage(stored);
  deps.hub.publish(conversation.id, 'message:done', { message: wire });
  deps.onMessage?.('agent');
  await recordActivity(deps, stored);
  return { message: wire, created: true };
}

/** A clientId is a message's identity: another message under it (the shopper's, a colleague's) is not a resend. */
function resent(existing: MessageRecord, staffId: string): ChatMessage {
  if (existing.role !== 'agent' || existing.author?.staffId !== staffId) {
    throw new AppError('CONFLICT', 'That clientId belongs to another message of this conversation. Send a new uuid.');
  }
  return toChatMessage(existing);
}
