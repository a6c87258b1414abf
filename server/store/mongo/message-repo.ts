import { insertMessageOnce } from '../insert-message-once.js';
import { messageReads } from '../message-reads.js';
import type { MessageRecord } from '../records.js';
import type { MessageRepo } from '../store.js';
import { toStored } from '../stored-record.js';
import type { Models } from './create-models.js';
import { isDuplicateKey } from './duplicate-key.js';
import { recordCollection } from './record-collection.js';

export function messageRepo(model: Models['messages']): MessageRepo {
  const { find } = recordCollection<MessageRecord>(model);
  const byClientId = (conversationId: string, clientId: string) => find.one({ conversationId, clientId });
  return {
    ...messageReads(find),
    insert: (message) =>
      insertMessageOnce(message, {
        // The unique partial index on conversationId + clientId rejects a resend, from any process.
        write: () => model.create(toStored(message)),
        isDuplicate: isDuplicateKey,
        byClientId,
      }),
    byClientId,
    async deleteByVisitor(visitorId) {
      const { deletedCount } = await model.deleteMany({ visitorId });
      return deletedCount;
    },
  };
}
