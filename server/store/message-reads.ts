import type { RecordFinder } from './record-finder.js';
import type { MessageRecord } from './records.js';
import type { MessageRepo } from './store.js';

/**
 * Shared by both adapters, so they cannot drift apart on what a read matches or in what order it returns.
 * Message ids are uuid v7, so `_id` order is time order. `byClientId` stays in each adapter: each keys
 * idempotency its own way.
 */
export function messageReads(
  find: RecordFinder<MessageRecord>,
): Pick<MessageRepo, 'byId' | 'replyTo' | 'after' | 'latest' | 'listByVisitor'> {
  return {
    byId: (id) => find.one({ _id: id }),
    replyTo: (conversationId, messageId) => find.one({ conversationId, replyTo: messageId }, { _id: 1 }),
    after: (conversationId, after, limit) =>
      find.many({ conversationId, ...(after !== undefined && { _id: { $gt: after } }) }, { _id: 1 }, limit),
    async latest(conversationId, limit) {
      return (await find.many({ conversationId }, { _id: -1 }, limit)).reverse();
    },
    listByVisitor: (visitorId) => find.many({ visitorId }, { _id: 1 }),
  };
}
