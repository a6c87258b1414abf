import { describe, expect, it } from 'vitest';
import { useTempStore } from '../test/support/temp-store.js';
import { createLogger } from '../logging/logger.js';
import { makeConversation, makeMessage, makeVisitor, minutesAfter } from '../store/contract/fixtures.js';
import { backfillActivity } from './backfill-activity.js';

describe('the inbox activity backfill', () => {
  const temp = useTempStore('cathy-backfill-');

  it('gives conversations stored before the inbox their activity from their messages, once, and lists them by it', async () => {
    const visitor = makeVisitor('site-1');
    const older = makeConversation(visitor, { updatedAt: minutesAfter(50) });
    const empty = makeConversation(visitor, { updatedAt: minutesAfter(10) });
    await temp.store.conversations.insert(older);
    await temp.store.conversations.insert(empty);
    await temp.store.messages.insert(makeMessage(older, { role: 'assistant', text: 'Hi!', createdAt: minutesAfter(1) }));
    await temp.store.messages.insert(makeMessage(older, { role: 'visitor', text: 'A Tacoma?', createdAt: minutesAfter(2) }));
    await temp.store.messages.insert(makeMessage(older, { role: 'assistant', text: 'Yes.', createdAt: minutesAfter(3) }));
    const page = () => temp.store.conversations.inbox({ siteId: 'site-1', activeSince: minutesAfter(0), limit: 10 });
    // Before the backfill they still show, by their last update.
    expect((await page()).map((record) => record.id)).toEqual([older.id, empty.id]);

    expect(await backfillActivity(temp.store, createLogger('silent'))).toBe(2);
    expect((await temp.store.conversations.byId(older.id))?.activity).toEqual({
      at: minutesAfter(3),
      visitorAt: minutesAfter(2),
      last: { role: 'assistant', text: 'Yes.', at: minutesAfter(3) },
      count: 3,
    });
    expect((await temp.store.conversations.byId(empty.id))?.activity).toEqual({ at: minutesAfter(10), count: 0 });
    // The one the shopper never wrote in leaves the inbox once the backfill knows it.
    expect((await page()).map((record) => record.id)).toEqual([older.id]);
    expect(await backfillActivity(temp.store, createLogger('silent'))).toBe(0);
  });
});
