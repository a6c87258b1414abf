import type { Logger } from '../logging/logger.js';
import type { Store } from '../store/store.js';

const BATCH = 200;
/** Messages read per conversation: a longer one counts this many (its newest). */
const COUNTED = 1000;

/**
 * Gives conversations stored before the inbox existed their `activity` from their messages, once, at boot:
 * until then the inbox orders them by `updatedAt` (embedded) or last (mongo). Idempotent: each pass takes
 * only conversations still without activity.
 */
export async function backfillActivity(store: Store, logger: Logger): Promise<number> {
  let done = 0;
  for (;;) {
    const batch = await store.conversations.withoutActivity(BATCH);
    if (batch.length === 0) break;
    for (const conversation of batch) {
      const messages = await store.messages.latest(conversation.id, COUNTED);
      const last = messages.at(-1);
      const visitorAt = messages.filter((message) => message.role === 'visitor').at(-1)?.createdAt;
      await store.conversations.update(conversation.id, {
        activity: {
          at: last?.createdAt ?? conversation.updatedAt,
          ...(visitorAt && { visitorAt }),
          ...(last && { last: { role: last.role, text: last.text, at: last.createdAt } }),
          count: messages.length,
        },
      });
    }
    done += batch.length;
  }
  if (done > 0) logger.info({ conversations: done }, 'inbox activity backfilled');
  return done;
}
