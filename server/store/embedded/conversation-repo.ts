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

export type ConversationDoc = Stored<ConversationRecord>;

export const conversationIndexes: IndexSpec[] = [{ fieldName: 'visitorId' }];

/** Every write goes through here, so the in-memory inbox order (see inbox-index.ts) follows each one. */
export function conversationRepo(db: Datastore<ConversationDoc>): ConversationRepo {
  const { find, insert } = recordCollection<ConversationRecord>(db);
  const inbox = createInboxIndex();
  inbox.load(db.getAllData().map((doc) => fromStored<ConversationRecord>(doc)));
  const indexed = (record: ConversationRecord | null) => {
    if (record) inbox.put(record);
    return record;
  };
  return {
    ...conversationReads(find),
    async insert(conversation) {
      const record = withSearchTerms(conversation);
      await insert(record);
      inbox.put(record);
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
    async inbox(query) {
      const ids = inbox.page(query);
      const found = await find.many({ _id: { $in: ids } }, {});
      const byId = new Map(found.map((record) => [record.id, record]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
    withoutActivity: (limit) => find.many({ activity: { $exists: false } }, { createdAt: 1 }, limit),
    async deleteByVisitor(visitorId) {
      const gone = await find.many({ visitorId }, {});
      const count = await db.removeAsync({ visitorId }, { multi: true });
      for (const record of gone) inbox.remove(record.id);
      return count;
    },
  };
}
