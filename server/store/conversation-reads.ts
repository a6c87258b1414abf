import { escalatedBetween } from './escalation-queries.js';
import type { RecordFinder } from './record-finder.js';
import type { ConversationRecord } from './records.js';
import type { ConversationRepo } from './store.js';

/** Shared by both adapters, so they cannot drift apart on what a read matches or in what order it returns. */
export function conversationReads(
  find: RecordFinder<ConversationRecord>,
): Pick<ConversationRepo, 'byId' | 'openForVisitor' | 'listByVisitor' | 'listWithContact' | 'escalatedBetween'> {
  return {
    byId: (id) => find.one({ _id: id }),
    openForVisitor: (visitorId) => find.one({ visitorId, status: 'open' }, { createdAt: -1 }),
    listByVisitor: (visitorId) => find.many({ visitorId }, { createdAt: 1 }),
    listWithContact: ({ siteId, since, limit }) =>
      find.many(
        {
          ...(siteId && { siteId }),
          updatedAt: { $gte: since },
          $or: [{ 'facts.phone': { $exists: true } }, { 'facts.email': { $exists: true } }],
        },
        { updatedAt: 1 },
        limit,
      ),
    escalatedBetween: ({ limit, ...range }) => find.many(escalatedBetween(range), { createdAt: 1 }, limit),
  };
}
