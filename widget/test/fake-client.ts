import type {
  CathyClient,
  ClientEventName,
  ClientEvents,
  ClientListener,
  ClientSnapshot,
  PendingMessage,
} from '../../sdk/client/types.js';
import type { ChatMessage, IdentifyResult } from '../../sdk/protocol/index.js';

type AnyListener = (payload: unknown) => void;

export function baseSnapshot(): ClientSnapshot {
  return {
    status: 'online',
    ready: true,
    visitorId: 'v1',
    conversationId: 'c1',
    messages: [],
    pending: [],
    streaming: null,
    typing: false,
    persona: { name: 'Cathy', greeting: 'Hi! Looking for a car?' },
    theme: {},
    locale: 'en',
    open: false,
    lead: null,
    site: { name: 'Test Motors', team: { open: true } },
  };
}

let seq = 0;
export function message(role: ChatMessage['role'], text: string, extra: Partial<ChatMessage> = {}): ChatMessage {
  seq += 1;
  return { id: `m${seq}`, conversationId: 'c1', role, text, createdAt: new Date(0).toISOString(), ...extra };
}

/** A CathyClient with no network: tests push snapshots and events and read what the UI called. */
export class FakeClient implements CathyClient {
  state: ClientSnapshot = baseSnapshot();
  sent: string[] = [];
  retried: string[] = [];
  /** Every `sendTyping` call, in order. */
  typed: boolean[] = [];
  private listeners = new Map<ClientEventName, Set<AnyListener>>();

  constructor(initial: Partial<ClientSnapshot> = {}) {
    this.state = { ...this.state, ...initial };
  }

  /** Replaces part of the snapshot and emits 'change', as the real client does on every update. */
  push(patch: Partial<ClientSnapshot>): void {
    this.state = { ...this.state, ...patch };
    this.emit('change', this.state);
  }

  emit<K extends ClientEventName>(event: K, payload: ClientEvents[K]): void {
    this.listeners.get(event)?.forEach((l) => l(payload));
  }

  /** A confirmed message: appended to the snapshot, then announced as the 'message' event. */
  receive(m: ChatMessage): void {
    this.push({ messages: [...this.state.messages, m], streaming: null, typing: false });
    this.emit('message', m);
  }

  listenerCount(): number {
    let n = 0;
    this.listeners.forEach((set) => (n += set.size));
    return n;
  }

  start = async (): Promise<void> => {};
  snapshot = (): ClientSnapshot => this.state;
  send = (text: string): PendingMessage => {
    this.sent.push(text);
    const pending: PendingMessage = { clientId: `p${this.sent.length}`, text, createdAt: '', status: 'sending' };
    this.push({ pending: [...this.state.pending, pending] });
    return pending;
  };
  sendTyping = (on: boolean): void => {
    this.typed.push(on);
  };
  retry = (clientId: string): void => {
    this.retried.push(clientId);
  };
  identify = async (): Promise<IdentifyResult> => ({ verified: false });
  pageView = (): void => {};
  open = (): void => this.setOpen(true);
  close = (): void => this.setOpen(false);
  toggle = (): void => this.setOpen(!this.state.open);
  on<K extends ClientEventName>(event: K, listener: ClientListener<K>): () => void {
    const set = this.listeners.get(event) ?? new Set<AnyListener>();
    this.listeners.set(event, set);
    set.add(listener as AnyListener);
    return () => set.delete(listener as AnyListener);
  }
  destroy = (): void => this.listeners.clear();

  private setOpen(open: boolean): void {
    if (open === this.state.open) return;
    this.push({ open });
    this.emit(open ? 'open' : 'close', undefined);
  }
}
