import { describe, expect, it } from 'vitest';
import type { StaffRole } from '../../sdk/protocol/index.js';
import { createEventHub } from '../conversation/event-hub.js';
import { createLogger } from '../logging/logger.js';
import type { StaffPrincipal } from '../staff/staff-principal.js';
import { makeConversation, makeSite, makeVisitor } from '../store/contract/fixtures.js';
import type { ConversationRecord } from '../store/records.js';
import { useTempStore } from '../test/support/temp-store.js';
import { createReplyAborts } from './reply-aborts.js';
import { takeOver } from './take-over.js';

const principal = (staffId: string, name: string): StaffPrincipal => ({
  staffId,
  sessionId: `session-${staffId}`,
  email: `${staffId}@a.example`,
  name,
  locale: 'en',
  memberships: [{ siteId: 'site-1', role: 'salesperson' }],
  csrfToken: 'csrf',
});

describe('takeOver', () => {
  const temp = useTempStore('cathy-takeover-');

  /** Both callers read the conversation before either writes: the race a slow store or two processes make. */
  function readTogether(callers: number) {
    const { conversations } = temp.store;
    const byId = conversations.byId.bind(conversations);
    let waiting: Array<() => void> = [];
    let first = true;
    conversations.byId = async (id) => {
      const read = await byId(id);
      if (!first) return read;
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        if (waiting.length === callers) {
          first = false;
          for (const release of waiting) release();
          waiting = [];
        }
      });
      return read;
    };
  }

  it('lets exactly one of two staff who read the same version take the chat; the other hears who has it', async () => {
    const site = makeSite({ id: 'site-1' });
    await temp.store.sites.insert(site);
    const conversation: ConversationRecord = makeConversation(makeVisitor(site.id));
    await temp.store.conversations.insert(conversation);
    const deps = { store: temp.store, hub: createEventHub(), aborts: createReplyAborts(), logger: createLogger('silent'), now: () => new Date() };
    readTogether(2);
    const role: StaffRole = 'salesperson';
    const results = await Promise.allSettled([
      takeOver(deps, { principal: principal('sam', 'Sam Smith'), role, conversation, force: false }),
      takeOver(deps, { principal: principal('pat', 'Pat Jones'), role, conversation, force: false }),
    ]);
    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const holder = (await temp.store.conversations.byId(conversation.id))?.handoff?.holder;
    expect(lost[0]?.reason).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(holder?.name ?? '?') });
    expect((await temp.store.audit.list(site.id)).filter((entry) => entry.action === 'conversation.taken_over')).toHaveLength(1);
  });

  it('ends a waiting escalation as taken in the same write, and tells the shopper who joined', async () => {
    const site = makeSite({ id: 'site-1', name: 'Sunrise Auto' });
    await temp.store.sites.insert(site);
    const conversation = makeConversation(makeVisitor(site.id));
    await temp.store.conversations.insert(conversation);
    const at = new Date('2026-12-07T01:00:00Z');
    await temp.store.conversations.swapHandoff(conversation.id, 0, {
      version: 1,
      escalation: { reason: 'asked', status: 'waiting', at, deadline: new Date(at.getTime() + 60_000) },
      log: [{ kind: 'escalated', at, reason: 'asked' }],
    });
    const hub = createEventHub();
    const published: unknown[] = [];
    hub.subscribe((_id, event) => published.push({ name: event.name, args: event.args }));
    const now = new Date('2026-12-07T01:00:20Z');
    const deps = { store: temp.store, hub, aborts: createReplyAborts(), logger: createLogger('silent'), now: () => now };
    await takeOver(deps, { principal: principal('sam', 'Sam Smith'), role: 'salesperson', conversation, force: false });

    const handoff = (await temp.store.conversations.byId(conversation.id))?.handoff;
    expect(handoff?.version).toBe(2);
    expect(handoff?.escalation).toMatchObject({ status: 'taken', endedAt: now, takenBy: { staffId: 'sam', name: 'Sam' } });
    expect(handoff?.log.map((entry) => entry.kind)).toEqual(['escalated', 'taken']);
    expect(published).toEqual([{ name: 'agent:joined', args: [{ name: 'Sam', dealer: 'Sunrise Auto', at: now.toISOString() }] }]);
  });
});
