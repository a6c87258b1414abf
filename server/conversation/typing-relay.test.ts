import { describe, expect, it } from 'vitest';
import type { StaffPrincipal } from '../staff/staff-principal.js';
import type { ConversationRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { createEventHub, type ConversationActivity } from './event-hub.js';
import { TYPING_INTERVAL_MS, createTypingRelay } from './typing-relay.js';

const principal = (staffId: string): StaffPrincipal => ({
  staffId,
  sessionId: 'sess',
  email: `${staffId}@a.example`,
  name: staffId,
  locale: 'en',
  memberships: [{ siteId: 'site-1', role: 'salesperson' }],
  csrfToken: 'csrf',
});

function setup(held: boolean) {
  const conversation = {
    id: 'c1',
    siteId: 'site-1',
    ...(held && { handoff: { version: 1, holder: { staffId: 'sam', name: 'Sam', since: new Date(0) }, log: [] } }),
  } as unknown as ConversationRecord;
  const store = { conversations: { byId: async () => conversation } } as unknown as Store;
  const hub = createEventHub();
  const announced: ConversationActivity[] = [];
  const published: unknown[] = [];
  hub.onActivity((activity) => announced.push(activity));
  hub.subscribe((_id, event) => published.push({ name: event.name, args: event.args }));
  let clock = 0;
  const relay = createTypingRelay({ store, hub, now: () => new Date(clock) });
  return { relay, announced, published, tick: (ms: number) => (clock += ms) };
}

describe('createTypingRelay', () => {
  it('tells watchers the shopper is typing only while a person holds the chat', async () => {
    const held = setup(true);
    await held.relay.visitor({ conversationId: 'c1', siteId: 'site-1' }, true);
    expect(held.announced).toEqual([{ conversationId: 'c1', siteId: 'site-1', kind: 'typing', role: 'visitor', on: true }]);
    const free = setup(false);
    await free.relay.visitor({ conversationId: 'c1', siteId: 'site-1' }, true);
    expect(free.announced).toEqual([]);
  });

  it('passes at most one start a second per conversation, and a stop after a start at once', async () => {
    const { relay, announced, tick } = setup(true);
    const typing = (on: boolean) => relay.visitor({ conversationId: 'c1', siteId: 'site-1' }, on);
    await typing(true);
    await typing(true);
    await typing(false);
    await typing(true);
    expect(announced.map((a) => ('on' in a ? a.on : undefined))).toEqual([true, false]);
    tick(TYPING_INTERVAL_MS);
    await typing(true);
    expect(announced).toHaveLength(3);
  });

  it("relays the holder's typing to the shopper as the agent's, and drops anyone else's", async () => {
    const { relay, published } = setup(true);
    expect(await relay.agent(principal('pat'), 'c1', true)).toBe(false);
    expect(published).toEqual([]);
    expect(await relay.agent(principal('sam'), 'c1', true)).toBe(true);
    expect(published).toEqual([{ name: 'typing', args: [{ on: true, role: 'agent' }] }]);
  });
});
