import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../protocol/index.js';
import { createClientStore } from './client-store.js';
import type { ClientSnapshot } from './types.js';

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
});
