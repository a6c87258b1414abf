import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTempStore } from '../test/support/temp-store.js';
import { makeConversation, makeMessage, makeVisitor, waitingHandoff } from '../store/contract/fixtures.js';
import { understand } from '../understanding/understand.js';
import { CLOSED, escalationHarness, OPEN } from './test/escalation-harness.js';

const temp = useTempStore('cathy-escalation-');

describe('escalations', () => {
  beforeEach(() => {
    // Only the timers this code sets: the store keeps its own.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts one escalation when the shopper asks for a person, tells the team, and starts no second while it waits', async () => {
    const chat = await escalationHarness(temp.store);
    const reply = await chat.say('can I talk to a real person');
    expect(reply.text).toContain('someone will join this chat in a moment');
    expect(reply.disclosure).toBeUndefined();
    const handoff = await chat.handoff();
    expect(handoff?.escalation).toMatchObject({ reason: 'asked', status: 'waiting', at: OPEN, deadline: new Date(OPEN.getTime() + 60_000) });
    expect(handoff?.log.map((entry) => entry.kind)).toEqual(['escalated']);
    expect(chat.activity.filter((event) => event.kind === 'escalated' || event.kind === 'handoff').map((event) => event.kind)).toEqual(['escalated', 'handoff']);

    const again = await chat.say('hello?? i want a human');
    expect(again.disclosure).toBeUndefined();
    expect((await chat.handoff())?.log.map((entry) => entry.kind)).toEqual(['escalated']);
    chat.escalations.stop();
  });

  it("waits the site's own time", async () => {
    const chat = await escalationHarness(temp.store, { site: { handoff: { timeoutSeconds: 15, rules: [] } } });
    await chat.say('quiero hablar con una persona');
    expect((await chat.handoff())?.escalation?.deadline).toEqual(new Date(OPEN.getTime() + 15_000));
    await chat.advance(14_000);
    expect((await chat.handoff())?.escalation?.status).toBe('waiting');
    await chat.advance(1_000);
    expect((await chat.handoff())?.escalation?.status).toBe('missed');
    chat.escalations.stop();
  });

  it('at the deadline Cathy says nobody came and asks for the number; the escalation is missed until the shopper leaves one', async () => {
    const chat = await escalationHarness(temp.store);
    await chat.say('can I talk to a real person');
    await chat.advance(60_000);
    const said = (await chat.messages()).at(-1);
    expect(said).toMatchObject({ role: 'assistant' });
    expect(said?.text).toMatch(/nobody from our team is free|couldn't get to the chat/);
    expect(said?.text).toMatch(/number/);
    expect(said?.disclosure).toBeDefined();
    expect(chat.published).toContain('message:done');
    const missed = await chat.handoff();
    expect(missed?.escalation).toMatchObject({ status: 'missed', endedAt: new Date(OPEN.getTime() + 60_000) });
    expect(missed?.log.map((entry) => entry.kind)).toEqual(['escalated', 'timed_out', 'missed']);
    expect(chat.outcomes).toEqual(['missed']);

    await chat.say('sure, 312-448-2279');
    const recovered = await chat.handoff();
    expect(recovered?.escalation?.status).toBe('callback');
    expect(recovered?.log.map((entry) => entry.kind)).toEqual(['escalated', 'timed_out', 'missed', 'callback']);
    expect(chat.outcomes).toEqual(['missed', 'recovered']);
    chat.escalations.stop();
  });

  it("at the deadline gives the dealership's line instead of asking a shopper who said no to giving a number", async () => {
    const chat = await escalationHarness(temp.store, { site: { phone: '(305) 555-0142' } });
    await temp.store.conversations.update(chat.conversation.id, { state: { ...chat.conversation.state, declinedPhone: true } });
    await chat.say('can I talk to a real person');
    await chat.advance(60_000);
    const said = (await chat.messages()).at(-1);
    expect(said?.text).toContain('(305) 555-0142');
    expect(said?.disclosure).toBeUndefined();
    expect((await chat.handoff())?.escalation?.status).toBe('missed');
    chat.escalations.stop();
  });

  it('ends as a call back at the deadline when the phone is known, saying when they will call', async () => {
    const chat = await escalationHarness(temp.store);
    await chat.say('my number is 312 448 2279');
    await chat.say('yes');
    await chat.say('can I speak with a manager');
    await chat.advance(60_000);
    const handoff = await chat.handoff();
    expect(handoff?.escalation?.status).toBe('callback');
    expect(handoff?.log.map((entry) => entry.kind)).toEqual(['escalated', 'timed_out', 'callback']);
    expect((await chat.messages()).at(-1)?.text).toMatch(/shortly/);
    expect(chat.outcomes).toEqual(['callback']);
    chat.escalations.stop();
  });

  it('says nothing at the deadline when a person took the chat first, and counts the takeover', async () => {
    const chat = await escalationHarness(temp.store);
    await chat.say('can I talk to a real person');
    const current = (await chat.handoff())!;
    const at = new Date(OPEN.getTime() + 20_000);
    const taken = await temp.store.conversations.swapHandoff(chat.conversation.id, current.version, {
      ...current,
      version: current.version + 1,
      holder: { staffId: 'staff-1', name: 'Ana', since: at },
      escalation: { ...current.escalation!, status: 'taken', endedAt: at, takenBy: { staffId: 'staff-1', name: 'Ana' } },
      log: [...current.log, { kind: 'taken', at, staff: { id: 'staff-1', name: 'Ana' } }],
    });
    chat.hub.announce({ conversationId: chat.conversation.id, siteId: chat.site.id, kind: 'handoff', handoff: taken!.handoff! });
    const before = (await chat.messages()).length;
    await chat.advance(60_000);
    expect(await chat.messages()).toHaveLength(before);
    expect((await chat.handoff())?.escalation?.status).toBe('taken');
    expect(chat.outcomes).toEqual(['taken']);

    // Handed back and taken again a minute later: the same escalation, counted once.
    const later = new Date(at.getTime() + 60_000);
    const handoff = taken!.handoff!;
    const again = { ...handoff, version: handoff.version + 1, holder: { staffId: 'staff-1', name: 'Ana', since: later }, log: [...handoff.log, { kind: 'taken' as const, at: later }] };
    chat.hub.announce({ conversationId: chat.conversation.id, siteId: chat.site.id, kind: 'handoff', handoff: again });
    expect(chat.outcomes).toEqual(['taken']);
    chat.escalations.stop();
  });

  it('starts none while a person holds the chat', async () => {
    const chat = await escalationHarness(temp.store);
    await temp.store.conversations.swapHandoff(chat.conversation.id, 0, { version: 1, holder: { staffId: 'staff-1', name: 'Ana', since: OPEN }, log: [] });
    expect(await chat.send('you are useless, get me a manager')).toBeUndefined();
    expect((await chat.handoff())?.escalation).toBeUndefined();
    chat.escalations.stop();
  });

  it('with nobody online, says so at once and asks for the number: missed without waiting', async () => {
    const chat = await escalationHarness(temp.store, { online: false });
    const reply = await chat.say('can I talk to a real person');
    expect(reply.text).toMatch(/nobody from our team is at the chat right now/i);
    expect(reply.disclosure).toBeDefined();
    const handoff = await chat.handoff();
    expect(handoff?.escalation).toMatchObject({ status: 'missed', at: OPEN, deadline: OPEN, endedAt: OPEN });
    expect(handoff?.log.map((entry) => entry.kind)).toEqual(['escalated', 'missed']);
    expect(chat.outcomes).toEqual(['missed']);
    chat.escalations.stop();
  });

  it('after hours, says when the store opens even with someone online, and asks for the number', async () => {
    const chat = await escalationHarness(temp.store, { at: CLOSED });
    const reply = await chat.say('quiero hablar con un gerente');
    expect(reply.text).toMatch(/abrimos mañana a las 9:00/);
    expect(reply.disclosure).toBeDefined();
    expect((await chat.handoff())?.escalation?.status).toBe('missed');
    chat.escalations.stop();
  });

  it('calls nobody for a message answered long after it was written', async () => {
    const chat = await escalationHarness(temp.store);
    const text = 'can I talk to a real person';
    const message = makeMessage(chat.conversation, { text, createdAt: new Date(OPEN.getTime() - 60 * 60_000) });
    const reading = understand(text, { locale: 'en', defaultCountry: 'US', now: OPEN });
    expect(await chat.escalations.consider({ site: chat.site, conversation: chat.conversation, message, reading, facts: {}, now: OPEN })).toBeUndefined();
    expect(await chat.handoff()).toBeUndefined();
    chat.escalations.stop();
  });

  it('after a restart, the sweep settles an escalation whose deadline passed with no timer left', async () => {
    const chat = await escalationHarness(temp.store);
    const visitor = makeVisitor(chat.site.id);
    await temp.store.visitors.insert(visitor);
    const left = makeConversation(visitor, { handoff: waitingHandoff(new Date(OPEN.getTime() - 120_000), new Date(OPEN.getTime() - 60_000)) });
    await temp.store.conversations.insert(left);
    const sweep = chat.escalations.sweep({ intervalMs: 60_000 });
    await vi.waitFor(async () => expect((await temp.store.conversations.byId(left.id))?.handoff?.escalation?.status).toBe('missed'));
    expect((await temp.store.messages.latest(left.id, 5)).at(-1)?.role).toBe('assistant');
    expect(await sweep.runOnce()).toBe(0);
    chat.escalations.stop();
  });

  it('queues one conversation.escalated webhook job per escalation when the site has a webhook', async () => {
    const chat = await escalationHarness(temp.store, { site: { webhook: { url: 'https://crm.example/hook', secret: 'whsec_0123456789abcdef' } } });
    await chat.say('my lease return is due, can I talk to someone');
    const job = await temp.store.outbox.claim('worker', OPEN, 60_000);
    expect(job).toMatchObject({ kind: 'webhook.escalation', event: 'conversation.escalated', conversationId: chat.conversation.id, reason: 'asked', at: OPEN });
    expect(await temp.store.outbox.claim('worker', OPEN, 60_000)).toBeNull();
    chat.escalations.stop();
  });
});
