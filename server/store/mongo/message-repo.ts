import type { MessageRecord } from '../records.js';
import type { MessageRepo } from '../store.js';
import { fromStored, toStored, type Stored } from '../stored-record.js';
import type { Models } from './create-models.js';
import { isDuplicateKey } from './duplicate-key.js';
import { finder } from './finder.js';

export function messageRepo(model: Models['messages']): MessageRepo {
  const find = finder(model, (doc: Stored<MessageRecord>) => fromStored<MessageRecord>(doc));
  const byClientId = (conversationId: string, clientId: string) => find.one({ conversationId, clientId });
  return {
    async insert(message) {
      const { clientId, conversationId } = message;
      try {
        await model.create(toStored(message));
        return { message, created: true };
      } catch (error) {
        // The unique partial index on conversationId + clientId rejects a resend, from any process.
        const resent = clientId !== undefined && isDuplicateKey(error);
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
    async deleteByVisitor(visitorId) {
      const { deletedCount } = await model.deleteMany({ visitorId });
      return deletedCount;
    },
  };
}
