import type { ConversationRecord } from '../records.js';
import type { ConversationRepo } from '../store.js';
import { fromStored, toStored, type Stored } from '../stored-record.js';
import type { Models } from './create-models.js';
import { finder } from './finder.js';

export function conversationRepo(model: Models['conversations']): ConversationRepo {
  const find = finder(model, (doc: Stored<ConversationRecord>) => fromStored<ConversationRecord>(doc));
  return {
    async insert(conversation) {
      await model.create(toStored(conversation));
    },
    update: (id, patch) => find.update(id, patch),
    byId: (id) => find.one({ _id: id }),
    openForVisitor: (visitorId) => find.one({ visitorId, status: 'open' }, { createdAt: -1 }),
    listByVisitor: (visitorId) => find.many({ visitorId }, { createdAt: 1 }),
    async deleteByVisitor(visitorId) {
      const { deletedCount } = await model.deleteMany({ visitorId });
      return deletedCount;
    },
  };
}
