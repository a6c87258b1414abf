import type { RecordFinder } from './record-finder.js';
import type { NoteRecord, ReadMarkRecord } from './records.js';
import type { NoteRepo, ReadMarkRepo } from './store.js';

/** Shared by both adapters, so they cannot drift apart on what a read matches or in what order it returns. */
export function noteReads(find: RecordFinder<NoteRecord>): Pick<NoteRepo, 'listByConversation'> {
  return {
    listByConversation: (conversationId) => find.many({ conversationId }, { createdAt: 1, _id: 1 }),
  };
}

export function readMarkReads(find: RecordFinder<ReadMarkRecord>): Pick<ReadMarkRepo, 'forStaff'> {
  return {
    forStaff: (staffId, conversationIds) => find.many({ _id: { $in: conversationIds.map((id) => readMarkId(staffId, id)) } }, {}),
  };
}

/** One mark per staff member and conversation: the pair is the id, so marking again replaces it. */
export function readMarkId(staffId: string, conversationId: string): string {
  return `${staffId}:${conversationId}`;
}
