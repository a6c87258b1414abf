import type Datastore from '@seald-io/nedb';
import { noteReads, readMarkId, readMarkReads } from '../note-reads.js';
import type { NoteRecord, ReadMarkRecord } from '../records.js';
import type { NoteRepo, ReadMarkRepo } from '../store.js';
import { toStored, type Stored } from '../stored-record.js';
import type { IndexSpec } from './collection.js';
import { recordCollection } from './record-collection.js';

export type NoteDoc = Stored<NoteRecord>;
export type ReadMarkDoc = Stored<ReadMarkRecord>;

export const noteIndexes: IndexSpec[] = [{ fieldName: 'conversationId' }];
export const readMarkIndexes: IndexSpec[] = [{ fieldName: 'conversationId' }];

export function noteRepo(db: Datastore<NoteDoc>): NoteRepo {
  const { find, insert } = recordCollection<NoteRecord>(db);
  return {
    ...noteReads(find),
    insert,
    deleteByConversations: (ids) => db.removeAsync({ conversationId: { $in: ids } }, { multi: true }),
  };
}

export function readMarkRepo(db: Datastore<ReadMarkDoc>): ReadMarkRepo {
  const { find } = recordCollection<ReadMarkRecord>(db);
  return {
    ...readMarkReads(find),
    async mark(mark) {
      const record = { ...mark, id: readMarkId(mark.staffId, mark.conversationId) };
      await db.updateAsync({ _id: record.id }, toStored(record), { upsert: true });
    },
    deleteByConversations: (ids) => db.removeAsync({ conversationId: { $in: ids } }, { multi: true }),
  };
}
