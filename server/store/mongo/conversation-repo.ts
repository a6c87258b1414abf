import { conversationReads } from '../conversation-reads.js';
import type { ConversationRecord } from '../records.js';
import type { ConversationRepo } from '../store.js';
import type { Models } from './create-models.js';
import { recordCollection } from './record-collection.js';

export function conversationRepo(model: Models['conversations']): ConversationRepo {
  const { find, insert } = recordCollection<ConversationRecord>(model);
  return {
    ...conversationReads(find),
    insert,
    update: (id, patch) => find.update(id, patch),
    async deleteByVisitor(visitorId) {
      const { deletedCount } = await model.deleteMany({ visitorId });
      return deletedCount;
    },
  };
}
