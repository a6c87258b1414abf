import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logging/logger.js';
import { makeConversation, makeMessage, makeVisitor, minutesAfter } from '../store/contract/fixtures.js';
import { openEmbeddedStore } from '../store/embedded/open-embedded-store.js';
import type { Store } from '../store/store.js';
import { backfillActivity } from './backfill-activity.js';

describe('the inbox activity backfill', () => {
  let dir: string;
  let store: Store;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'cathy-backfill-'));
    store = await openEmbeddedStore(dir);
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('gives conversations stored before the inbox their activity from their messages, once, and lists them by it', async () => {
    const visitor = makeVisitor('site-1');
    const older = makeConversation(visitor, { updatedAt: minutesAfter(50) });
    const empty = makeConversation(visitor, { updatedAt: minutesAfter(10) });
    await store.conversations.insert(older);
    await store.conversations.insert(empty);
    await store.messages.insert(makeMessage(older, { role: 'assistant', text: 'Hi!', createdAt: minutesAfter(1) }));
    await store.messages.insert(makeMessage(older, { role: 'visitor', text: 'A Tacoma?', createdAt: minutesAfter(2) }));
    await store.messages.insert(makeMessage(older, { role: 'assistant', text: 'Yes.', createdAt: minutesAfter(3) }));
    const page = () => store.conversations.inbox({ siteId: 'site-1', activeSince: minutesAfter(0), limit: 10 });
    // Before the backfill they still show, by their last update.
    expect((await page()).map((record) => record.id)).toEqual([older.id, empty.id]);

    expect(await backfillActivity(store, createLogger('silent'))).toBe(2);
    expect((await store.conversations.byId(older.id))?.activity).toEqual({
      at: minutesAfter(3),
      visitorAt: minutesAfter(2),
      last: { role: 'assistant', text: 'Yes.', at: minutesAfter(3) },
      count: 3,
    });
    expect((await store.conversations.byId(empty.id))?.activity).toEqual({ at: minutesAfter(10), count: 0 });
    expect((await page()).map((record) => record.id)).toEqual([empty.id, older.id]);
    expect(await backfillActivity(store, createLogger('silent'))).toBe(0);
  });
});
