import type { RecordFinder } from './record-finder.js';
import type { MessageRecord } from './records.js';
import type { MessageRepo } from './store.js';

/**
 * Shared by both adapters, so they cannot drift apart on what a read matches or in what order it returns.
 * History is in store order (`seq`, a uuid v7 taken at write time). `byClientId` stays in each adapter:
 * each keys idempotency its own way.
 */
export function messageReads(
  find: RecordFinder<MessageRecord>,
): Pick<MessageRepo, 'byId' | 'replyTo' | 'after' | 'latest' | 'visitorSince' | 'listByVisitor'> {
  return {
    byId: (id) => find.one({ _id: id }),
    replyTo: (conversationId, messageId) => find.one({ conversationId, replyTo: messageId }, { seq: 1 }),
    async after(conversationId, after, limit) {
      if (after === undefined) return find.many({ conversationId }, { seq: 1 }, limit);
      const anchor = await find.one({ _id: after, conversationId });
      return anchor ? find.many({ conversationId, seq: { $gt: anchor.seq } }, { seq: 1 }, limit) : [];
    },
    async latest(conversationId, limit) {
      return (await find.many({ conversationId }, { seq: -1 }, limit)).reverse();
    },
    visitorSince: (since, limit, afterSeq) =>
      find.many({ role: 'visitor', createdAt: { $gte: since }, ...(afterSeq !== undefined && { seq: { $gt: afterSeq } }) }, { seq: 1 }, limit),
    listByVisitor: (visitorId) => find.many({ visitorId }, { seq: 1 }),
  };
}
