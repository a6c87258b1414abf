import type Datastore from '@seald-io/nedb';
import type { ConversationRecord } from '../records.js';
import type { ConversationRepo } from '../store.js';
import { fromStored, toStored, type Stored } from '../stored-record.js';
import type { IndexSpec } from './collection.js';
import { finder } from './finder.js';

export type ConversationDoc = Stored<ConversationRecord>;

export const conversationIndexes: IndexSpec[] = [{ fieldName: 'visitorId' }];

export function conversationRepo(db: Datastore<ConversationDoc>): ConversationRepo {
  const find = finder(db, (doc: ConversationDoc) => fromStored<ConversationRecord>(doc));
  return {
    async insert(conversation) {
      await db.insertAsync(toStored(conversation));
    },
    update: (id, patch) => find.update(id, patch),
    byId: (id) => find.one({ _id: id }),
    openForVisitor: (visitorId) => find.one({ visitorId, status: 'open' }, { createdAt: -1 }),
    listByVisitor: (visitorId) => find.many({ visitorId }, { createdAt: 1 }),
    deleteByVisitor: (visitorId) => db.removeAsync({ visitorId }, { multi: true }),
  };
}
