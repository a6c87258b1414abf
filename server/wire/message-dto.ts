import type { ChatMessage } from '../../sdk/protocol/index.js';
import type { MessageRecord } from '../store/records.js';

/** The wire form of a stored message: no tenant or visitor ids, ISO dates. */
export function toChatMessage(record: MessageRecord): ChatMessage {
  const message: ChatMessage = {
    id: record.id,
    conversationId: record.conversationId,
    role: record.role,
    text: record.text,
    createdAt: record.createdAt.toISOString(),
  };
  if (record.clientId) message.clientId = record.clientId;
  if (record.replyTo) message.replyTo = record.replyTo;
  if (record.disclosure) message.disclosure = record.disclosure;
  if (record.locale) message.locale = record.locale;
  if (record.author) message.author = { name: record.author.name, ...(record.author.avatarUrl ? { avatarUrl: record.author.avatarUrl } : {}) };
  return message;
}
