import type Datastore from '@seald-io/nedb';
import { conversationReads } from '../conversation-reads.js';
import { handoffSwap } from '../handoff-swap.js';
import { activityUpdate } from '../inbox-query.js';
import type { ConversationRecord } from '../records.js';
import { withSearchTerms } from '../search-terms.js';
import type { ConversationRepo } from '../store.js';
import { fromStored, type Stored } from '../stored-record.js';
import type { IndexSpec } from './collection.js';
import { createInboxIndex } from './inbox-index.js';
import { recordCollection } from './record-collection.js';
import { createWaitingIndex } from './waiting-index.js';

export type ConversationDoc = Stored<ConversationRecord>;

export const conversationIndexes: IndexSpec[] = [{ fieldName: 'visitorId' }];

/** Every write goes through here, so the in-memory inbox order (see inbox-index.ts) follows each one. */
export function conversationRepo(db: Datastore<ConversationDoc>): ConversationRepo {
  const { find, insert } = recordCollection<ConversationRecord>(db);
  const inbox = createInboxIndex();
  const waiting = createWaitingIndex();
  const all = db.getAllData().map((doc) => fromStored<ConversationRecord>(doc));
  inbox.load(all);
  for (const record of all) waiting.put(record);
  const indexed = (record: ConversationRecord | null) => {
    if (record) {
      inbox.put(record);
      waiting.put(record);
    }
    return record;
  };
  /** Records by id in the order of `ids`. */
  const inOrder = async (ids: string[]) => {
    const found = await find.many({ _id: { $in: ids } }, {});
    const byId = new Map(found.map((record) => [record.id, record]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  };
  return {
    ...conversationReads(find),
    async insert(conversation) {
      const record = withSearchTerms(conversation);
      await insert(record);
      indexed(record);
    },
    update: async (id, patch) => indexed(await find.update(id, withSearchTerms(patch))),
    async recordMessage(id, message) {
      const { affectedDocuments } = await db.updateAsync({ _id: id }, activityUpdate(message), { returnUpdatedDocs: true });
      return indexed(affectedDocuments ? fromStored<ConversationRecord>(affectedDocuments as ConversationDoc) : null);
    },
    async swapHandoff(id, expectedVersion, next) {
      const { filter, update } = handoffSwap(id, expectedVersion, next);
      const { affectedDocuments } = await db.updateAsync(filter, update, { returnUpdatedDocs: true });
      return indexed(affectedDocuments ? fromStored<ConversationRecord>(affectedDocuments as ConversationDoc) : null);
    },
    inbox: (query) => inOrder(inbox.page(query)),
    escalationsDue: (now, limit) => inOrder(waiting.due(now, limit)),
    withoutActivity: (limit) => find.many({ activity: { $exists: false } }, { createdAt: 1 }, limit),
    async deleteByVisitor(visitorId) {
      const gone = await find.many({ visitorId }, {});
      const count = await db.removeAsync({ visitorId }, { multi: true });
      for (const record of gone) {
        inbox.remove(record.id);
        waiting.remove(record.id);
      }
      return count;
    },
  };
}
