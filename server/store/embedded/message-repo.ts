import type Datastore from '@seald-io/nedb';
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
    async insert(message) {
      const { clientId, conversationId } = message;
      const doc: MessageDoc = toStored(message);
      if (clientId !== undefined) doc.clientKey = clientKeyOf(conversationId, clientId);
      try {
        await db.insertAsync(doc);
        return { message, created: true };
      } catch (error) {
        const resent = clientId !== undefined && isUniqueViolation(error);
        const existing = resent ? await byClientId(conversationId, clientId) : null;
        if (!existing) throw error;
        return { message: existing, created: false };
      }
    },
    byId: (id) => find.one({ _id: id }),
    byClientId,
    replyTo: (conversationId, messageId) => find.one({ conversationId, replyTo: messageId }, { _id: 1 }),
    after: (conversationId, after, limit) =>
      find.many({ conversationId, ...(after !== undefined && { _id: { $gt: after } }) }, { _id: 1 }, limit),
    async latest(conversationId, limit) {
      return (await find.many({ conversationId }, { _id: -1 }, limit)).reverse();
    },
    listByVisitor: (visitorId) => find.many({ visitorId }, { _id: 1 }),
    deleteByVisitor: (visitorId) => db.removeAsync({ visitorId }, { multi: true }),
  };
}
