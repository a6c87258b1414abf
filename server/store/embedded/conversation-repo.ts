import type Datastore from '@seald-io/nedb';
import { conversationReads } from '../conversation-reads.js';
import type { ConversationRecord } from '../records.js';
import type { ConversationRepo } from '../store.js';
import type { Stored } from '../stored-record.js';
import type { IndexSpec } from './collection.js';
import { recordCollection } from './record-collection.js';

export type ConversationDoc = Stored<ConversationRecord>;

export const conversationIndexes: IndexSpec[] = [{ fieldName: 'visitorId' }];

export function conversationRepo(db: Datastore<ConversationDoc>): ConversationRepo {
  const { find, insert } = recordCollection<ConversationRecord>(db);
  return {
    ...conversationReads(find),
    insert,
    update: (id, patch) => find.update(id, patch),
    deleteByVisitor: (visitorId) => db.removeAsync({ visitorId }, { multi: true }),
  };
}
