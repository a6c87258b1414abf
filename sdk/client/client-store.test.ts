import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../protocol/index.js';
import { createClientStore } from './client-store.js';
import { TAKEOVER_EVENTS } from './test/support/takeover-events.js';
import type { AgentEvent, ClientSnapshot, TypingEvent } from './types.js';

const initial: ClientSnapshot = { status: 'online', ready: true, messages: [], pending: [], streaming: null, typing: false, persona: null, theme: {}, locale: 'en', open: false, lead: null, site: null };
const reply: ChatMessage = { id: 'r1', conversationId: 'c1', role: 'assistant', text: 'Sure, we have three in stock.', createdAt: '2026-01-01T00:00:00.000Z', replyTo: 'v1' };

describe('createClientStore', () => {
  it('accumulates deltas and replaces them with the final message, even when its text differs', () => {
    const store = createClientStore(initial);
    const deltas: string[] = [];
    const messages: ChatMessage[] = [];
    store.events.on('delta', ({ text }) => deltas.push(text));
    store.events.on('message', (message) => messages.push(message));
    store.apply({ name: 'message:delta', payload: { messageId: 'r1', delta: 'Sure, ' } });
    store.apply({ name: 'message:delta', payload: { messageId: 'r1', delta: 'we hav' } });
    expect(store.get().streaming).toEqual({ messageId: 'r1', text: 'Sure, we hav' });
    store.apply({ name: 'message:done', payload: { message: reply } });
    store.apply({ name: 'message:done', payload: { message: reply } });
    expect(deltas).toEqual(['Sure, ', 'Sure, we hav']);
    expect(store.get().streaming).toBeNull();
    expect(store.get().messages).toEqual([reply]);
    expect(messages).toEqual([reply]);
  });

  it('emits a new snapshot object on every change', () => {
    const store = createClientStore(initial);
    const snapshots: ClientSnapshot[] = [];
    store.events.on('change', (snapshot) => snapshots.push(snapshot));
    store.apply({ name: 'typing', payload: { on: true } });
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).not.toBe(initial);
    expect(initial.typing).toBe(false);
  });

  it('fires phone once per new number of the lead', () => {
    const store = createClientStore(initial);
    const phones: string[] = [];
    store.events.on('phone', ({ phone }) => phones.push(phone));
    store.apply({ name: 'lead:captured', payload: { leadId: 'l1', fields: { name: 'Maria' } } });
    store.apply({ name: 'lead:captured', payload: { leadId: 'l1', fields: { name: 'Maria', phone: '(561) 320-4455' } } });
    store.apply({ name: 'lead:captured', payload: { leadId: 'l1', fields: { name: 'Maria', phone: '(561) 320-4455', vehicle: 'CR-V' } } });
    expect(phones).toEqual(['(561) 320-4455']);
    expect(store.get().lead?.fields.vehicle).toBe('CR-V');
  });

  it('keeps other listeners running when one throws', () => {
    const store = createClientStore(initial);
    let reached = false;
    store.events.on('typing', () => {
      throw new Error('listener bug');
    });
    store.events.on('typing', () => (reached = true));
    const original = globalThis.setTimeout;
    globalThis.setTimeout = (() => 0) as unknown as typeof setTimeout;
    try {
      store.apply({ name: 'typing', payload: { on: true } });
    } finally {
      globalThis.setTimeout = original;
    }
    expect(reached).toBe(true);
  });

  it('keeps the text of two replies streaming at once apart, shows the other when one finishes, and forgets both on a new session', () => {
    const store = createClientStore(initial);
    const texts: string[] = [];
    store.events.on('delta', ({ messageId, text }) => texts.push(`${messageId}:${text}`));
    const delta = (messageId: string, text: string) => store.apply({ name: 'message:delta', payload: { messageId, delta: text } });
    delta('r1', 'Sure, ');
    delta('r2', 'Also ');
    delta('r1', 'we have');
    expect(texts).toEqual(['r1:Sure, ', 'r2:Also ', 'r1:Sure, we have']);
    store.apply({ name: 'message:done', payload: { message: reply } });
    expect(store.get().streaming).toEqual({ messageId: 'r2', text: 'Also ' });
    delta('r2', 'financing.');
    expect(store.get().streaming).toEqual({ messageId: 'r2', text: 'Also financing.' });
    store.update({ streaming: null });
    delta('r2', ' Call us.');
    expect(store.get().streaming).toEqual({ messageId: 'r2', text: ' Call us.' });
  });

  it("drops a cancelled draft of Cathy's, and a delta of it that was still on its way, showing the other reply that streams", () => {
    const store = createClientStore(initial);
    const cancelled: string[] = [];
    store.events.on('cancelled', ({ messageId }) => cancelled.push(messageId));
    store.apply({ name: 'message:delta', payload: { messageId: 'r2', delta: 'Also ' } });
    store.apply({ name: 'message:delta', payload: { messageId: 'r9', delta: 'Let me check' } });
    store.apply({ name: 'message:cancelled', payload: { messageId: 'r9' } });
    expect(store.get().streaming).toEqual({ messageId: 'r2', text: 'Also ' });
    store.apply({ name: 'message:cancelled', payload: { messageId: 'r2' } });
    store.apply({ name: 'message:delta', payload: { messageId: 'r2', delta: 'financing.' } });
    expect(store.get().streaming).toBeNull();
    expect(store.get().messages).toEqual([]);
    expect(cancelled).toEqual(['r9', 'r2']);
  });

  it('shows who answers and who types through a takeover, and fires agent and typing with their roles', () => {
    const store = createClientStore(initial);
    const agents: AgentEvent[] = [];
    const typing: TypingEvent[] = [];
    const seen: Array<Pick<ClientSnapshot, 'agent' | 'typing' | 'typingRole'>> = [];
    store.events.on('agent', (event) => agents.push(event));
    store.events.on('typing', (event) => typing.push(event));
    store.events.on('change', ({ agent, typing, typingRole }) => seen.push({ agent, typing, typingRole }));
    for (const event of TAKEOVER_EVENTS) store.apply(event);

    const dana = { name: 'Dana', avatarUrl: 'https://cdn.example/dana.png', dealer: 'Test Motors', at: '2026-12-07T01:00:00.000Z' };
    expect(agents).toEqual([
      { kind: 'joined', ...dana },
      { kind: 'left', name: 'Dana', at: '2026-12-07T01:05:00.000Z' },
    ]);
    expect(typing).toEqual([
      { on: false, role: 'assistant' },
      { on: true, role: 'agent' },
      { on: false, role: 'agent' },
    ]);
    expect(seen).toContainEqual({ agent: dana, typing: true, typingRole: 'agent' });
    expect(store.get()).toMatchObject({ agent: undefined, typing: false, typingRole: undefined });
    expect(store.get().messages.map((m) => m.author?.name)).toEqual(['Dana']);
  });

  it('reads a typing event without a role, from a server before live takeover, as Cathy typing', () => {
    const store = createClientStore(initial);
    store.apply({ name: 'typing', payload: { on: true } });
    expect(store.get()).toMatchObject({ typing: true, typingRole: 'assistant' });
  });

  it('takes the person from a session start and fires agent only when the chat changed hands', () => {
    const store = createClientStore(initial);
    const agents: AgentEvent[] = [];
    store.events.on('agent', (event) => agents.push(event));
    const dana = { name: 'Dana', dealer: 'Test Motors', at: '2026-12-07T01:00:00.000Z' };
    store.setAgent(dana);
    store.setAgent({ ...dana });
    store.apply({ name: 'typing', payload: { on: true, role: 'agent' } });
    store.setAgent(undefined, '2026-12-07T01:09:00.000Z');
    store.setAgent(undefined);
    expect(agents).toEqual([
      { kind: 'joined', ...dana },
      { kind: 'left', name: 'Dana', at: '2026-12-07T01:09:00.000Z' },
    ]);
    expect(store.get().typing).toBe(false);
  });
});
