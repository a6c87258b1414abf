import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEventHub } from '../conversation/event-hub.js';
import type { MessageDeps } from '../conversation/message-service.js';
import { createLogger } from '../logging/logger.js';
import { makeConversation, makeSite, makeVisitor } from '../store/contract/fixtures.js';
import { useTempStore } from '../test/support/temp-store.js';
import { watchHolders } from './holder-watch.js';
import { createPresenceRegistry } from './presence.js';
import { createReplyAborts } from './reply-aborts.js';

describe('watchHolders', () => {
  const temp = useTempStore('cathy-holder-watch-');
  afterEach(() => vi.useRealTimers());

  it('gives a chat back on its periodic check alone, once its holder was gone for the grace period', async () => {
    // Only the check's interval and the clock are fake: the store's own timers stay real.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const site = makeSite();
    await temp.store.sites.insert(site);
    const since = new Date();
    const conversation = makeConversation(makeVisitor(site.id), { handoff: { version: 1, holder: { staffId: 'ana', name: 'Ana', since }, log: [] } });
    await temp.store.conversations.insert(conversation);
    const hub = createEventHub();
    const left = new Promise<void>((resolve) =>
      hub.subscribe((conversationId, event) => {
        if (conversationId === conversation.id && event.name === 'agent:left') resolve();
      }),
    );
    // The watch uses the handoff and presence parts of the reply deps; no message is waiting, so no reply is made.
    const deps = { store: temp.store, hub, aborts: createReplyAborts(), logger: createLogger('silent'), now: () => new Date(), presence: createPresenceRegistry() };
    const watch = watchHolders(deps as unknown as MessageDeps, { graceMs: 120_000, intervalMs: 30_000 });
    try {
      expect(await watch.runOnce()).toBe(0);
      await vi.advanceTimersByTimeAsync(90_000);
      expect(await watch.runOnce()).toBe(0);
      expect((await temp.store.conversations.byId(conversation.id))?.handoff?.holder?.staffId).toBe('ana');
      await vi.advanceTimersByTimeAsync(30_000);
      await left;
      const handoff = (await temp.store.conversations.byId(conversation.id))?.handoff;
      expect(handoff?.holder).toBeUndefined();
      expect(handoff?.log.map((entry) => entry.kind)).toEqual(['released']);
    } finally {
      await watch.stop();
    }
  });
});
