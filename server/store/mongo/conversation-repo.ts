import type { QueryFilter } from 'mongoose';
import { conversationReads } from '../conversation-reads.js';
import { dueEscalations } from '../escalation-queries.js';
import { handoffSwap } from '../handoff-swap.js';
import { activityUpdate } from '../inbox-query.js';
import type { ConversationRecord } from '../records.js';
import { withSearchTerms } from '../search-terms.js';
import type { ConversationRepo } from '../store.js';
import { fromStored, type Stored } from '../stored-record.js';
import type { Models } from './create-models.js';
import { inboxFilter } from './inbox-filter.js';
import { recordCollection } from './record-collection.js';

type ConversationDoc = Stored<ConversationRecord>;

export function conversationRepo(model: Models['conversations']): ConversationRepo {
  const { find, insert } = recordCollection<ConversationRecord>(model);
  return {
    ...conversationReads(find),
    insert: (conversation) => insert(withSearchTerms(conversation)),
    update: (id, patch) => find.update(id, withSearchTerms(patch)),
    async recordMessage(id, message) {
      const doc = await model
        .findOneAndUpdate({ _id: id } as QueryFilter<ConversationDoc>, activityUpdate(message), { returnDocument: 'after' })
        .lean<ConversationDoc>();
      return doc ? fromStored<ConversationRecord>(doc) : null;
    },
    async swapHandoff(id, expectedVersion, next) {
      const { filter, update } = handoffSwap(id, expectedVersion, next);
      const doc = await model
        .findOneAndUpdate(filter as QueryFilter<ConversationDoc>, update, { returnDocument: 'after' })
        .lean<ConversationDoc>();
      return doc ? fromStored<ConversationRecord>(doc) : null;
    },
    inbox: (query) => find.many(inboxFilter(query), { 'activity.at': -1, _id: -1 }, query.limit),
    escalationsDue: (now, limit) => find.many(dueEscalations(now), { 'handoff.escalation.deadline': 1 }, limit),
    withoutActivity: (limit) => find.many({ activity: { $exists: false } }, { createdAt: 1 }, limit),
    async deleteByVisitor(visitorId) {
      const { deletedCount } = await model.deleteMany({ visitorId });
      return deletedCount;
    },
  };
}
