import type { Logger } from '../logging/logger.js';
import type { MessageRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { toChatMessage } from '../wire/message-dto.js';
import type { EventHub } from './event-hub.js';

export interface ActivityDeps {
  store: Store;
  hub: EventHub;
  logger: Logger;
}

/**
 * Counts a stored message into its conversation's inbox activity and announces it to the dealer's people.
 * The message is stored already: a failure here only leaves the inbox row behind (the boot backfill does not
 * redo it), so it is logged rather than failing the visitor's send.
 */
export async function recordActivity(deps: ActivityDeps, record: MessageRecord, kind: 'started' | 'message' = 'message'): Promise<void> {
  try {
    const conversation = await deps.store.conversations.recordMessage(record.conversationId, { role: record.role, text: record.text, at: record.createdAt });
    if (!conversation) return;
    deps.hub.announce({ conversationId: conversation.id, siteId: conversation.siteId, kind, message: toChatMessage(record) });
  } catch (error) {
    deps.logger.error({ err: error, conversationId: record.conversationId }, 'inbox activity not recorded');
  }
}
