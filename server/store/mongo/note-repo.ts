import type { QueryFilter } from 'mongoose';
import { noteReads, readMarkId, readMarkReads } from '../note-reads.js';
import type { NoteRecord, ReadMarkRecord } from '../records.js';
import type { NoteRepo, ReadMarkRepo } from '../store.js';
import { toStored, type Stored } from '../stored-record.js';
import type { Models } from './create-models.js';
import { recordCollection } from './record-collection.js';

export function noteRepo(model: Models['notes']): NoteRepo {
  const { find, insert } = recordCollection<NoteRecord>(model);
  return {
    ...noteReads(find),
    insert,
    async deleteByConversations(ids) {
      const { deletedCount } = await model.deleteMany({ conversationId: { $in: ids } });
      return deletedCount;
    },
  };
}

export function readMarkRepo(model: Models['readMarks']): ReadMarkRepo {
  const { find } = recordCollection<ReadMarkRecord>(model);
  return {
    ...readMarkReads(find),
    async mark(mark) {
      const stored = toStored({ ...mark, id: readMarkId(mark.staffId, mark.conversationId) });
      await model.replaceOne({ _id: stored._id } as QueryFilter<Stored<ReadMarkRecord>>, stored, { upsert: true });
    },
    async deleteByConversations(ids) {
      const { deletedCount } = await model.deleteMany({ conversationId: { $in: ids } });
      return deletedCount;
    },
  };
}
