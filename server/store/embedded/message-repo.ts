import type Datastore from '@seald-io/nedb';
import { insertMessageOnce } from '../insert-message-once.js';
import { messageReads } from '../message-reads.js';
import type { MessageRecord } from '../records.js';
import type { MessageRepo } from '../store.js';
import { fromStored, toStored, type Stored } from '../stored-record.js';
import { isUniqueViolation, type IndexSpec } from './collection.js';
import { finder } from './finder.js';

/**
 * `clientKey` carries the visitor's idempotency key under a unique sparse index. A compound nedb index
 * on conversationId + clientId cannot be partial: it would also index Cathy's replies (no clientId) and
 * reject the second reply in a conversation. The index makes a duplicate insert fail inside nedb's
 * serialised executor, so two sends of one message at once still store one; that holds because the
 * embedded store is used by one process only.
 */
export type MessageDoc = Stored<MessageRecord> & { clientKey?: string };

export const messageIndexes: IndexSpec[] = [
  { fieldName: 'conversationId' },
  { fieldName: 'visitorId' },
  { fieldName: 'clientKey', unique: true, sparse: true },
  // nedb takes its candidates from the last indexed field of a query, so `replyTo` (asked once per message)
  // reads one entry rather than every message in the conversation.
  { fieldName: 'replyTo', sparse: true },
  // The unanswered-message sweep reads the last few minutes of visitor messages every minute: a range on this
  // index, not a scan of every message ever stored.
  { fieldName: 'createdAt' },
];

const clientKeyOf = (conversationId: string, clientId: string) => JSON.stringify([conversationId, clientId]);

function toRecord({ clientKey, ...doc }: MessageDoc): MessageRecord {
  return fromStored<MessageRecord>(doc);
}

export function messageRepo(db: Datastore<MessageDoc>): MessageRepo {
  const find = finder(db, toRecord);
  const byClientId = (conversationId: string, clientId: string) =>
    find.one({ clientKey: clientKeyOf(conversationId, clientId) });
  return {
    ...messageReads(find),
    async insert(message) {
      const { clientId, conversationId } = message;
      const doc: MessageDoc = toStored(message);
      if (clientId !== undefined) doc.clientKey = clientKeyOf(conversationId, clientId);
      return insertMessageOnce(message, {
        write: () => db.insertAsync(doc),
        isDuplicate: isUniqueViolation,
        byClientId,
      });
    },
    byClientId,
    deleteByVisitor: (visitorId) => db.removeAsync({ visitorId }, { multi: true }),
  };
}
