import type { AgentJoinedEvent, ChatMessage, LeadCapturedEvent } from '../protocol/index.js';
import { createEmitter, type Emitter } from './emitter.js';
import { mergeMessages, mergeRun, type Merged } from './message-log.js';
import type { ServerEvent } from './transport.js';
import type { ClientEvents, ClientSnapshot } from './types.js';

export interface ClientStore {
  readonly events: Emitter<ClientEvents>;
  get(): ClientSnapshot;
  /** Replaces the snapshot with a patched copy and emits `change`. */
  update(patch: Partial<ClientSnapshot>): void;
  /** Adds confirmed messages not shown yet; `announce` emits `message` for each. Returns the new ones. */
  addMessages(messages: readonly ChatMessage[], announce: boolean): ChatMessage[];
  /** Adds a `messages:since` page that follows message `after`, in store order; announces the new ones. */
  addRun(after: string | undefined, run: readonly ChatMessage[]): void;
  /** A server push: streaming text, final or cancelled messages, typing, leads, a person joining or leaving. */
  apply(event: ServerEvent): void;
  /**
   * Who answers the chat, as a session start says: emits `agent` when that changed since the snapshot's
   * (`at` dates a `left` the client did not see happen).
   */
  setAgent(agent: AgentJoinedEvent | undefined, at?: string): void;
}

/** The snapshot a UI renders and the typed events that announce its changes. */
export function createClientStore(initial: ClientSnapshot): ClientStore {
  const events = createEmitter<ClientEvents>();
  let state = initial;
  // Text so far per reply: two replies may stream at once (two tabs, two quick questions), and the snapshot shows one.
  const partial = new Map<string, string>();
  // Replies a takeover cut short: a delta still in flight for one must not show it again.
  const cancelled = new Set<string>();
  const update = (patch: Partial<ClientSnapshot>) => {
    // A new session drops what was streaming: deltas missed meanwhile left holes; the final messages bring the whole text.
    if (patch.streaming === null) partial.clear();
    state = { ...state, ...patch };
    events.emit('change', state);
  };

  const commit = ({ messages, added }: Merged, incoming: readonly ChatMessage[], announce: boolean): ChatMessage[] => {
    for (const message of incoming) partial.delete(message.id);
    // The final message replaces the streamed text even when it differs (the server's fallback reply).
    const finished = state.streaming && !partial.has(state.streaming.messageId);
    if (added.length === 0 && !finished) return added;
    update(finished ? { messages, streaming: streamNext() } : { messages });
    if (announce) for (const message of added) events.emit('message', message);
    return added;
  };
  const addMessages = (incoming: readonly ChatMessage[], announce: boolean) => commit(mergeMessages(state.messages, incoming), incoming, announce);
  const streamNext = () => {
    const next = [...partial].at(-1);
    return next ? { messageId: next[0], text: next[1] } : null;
  };

  const setAgent = (agent: AgentJoinedEvent | undefined, at = new Date().toISOString()) => {
    const before = state.agent;
    if (before?.name === agent?.name && before?.at === agent?.at) return;
    // The person's typing indicator must not outlive them.
    update({ agent, ...(!agent && state.typingRole === 'agent' ? { typing: false, typingRole: undefined } : {}) });
    if (agent) events.emit('agent', { kind: 'joined', ...agent });
    else if (before) events.emit('agent', { kind: 'left', name: before.name, at });
  };

  const lead = (event: LeadCapturedEvent) => {
    const before = state.lead?.fields.phone;
    update({ lead: event });
    events.emit('lead', event);
    if (event.fields.phone && event.fields.phone !== before) events.emit('phone', { leadId: event.leadId, phone: event.fields.phone });
  };

  return {
    events,
    get: () => state,
    update,
    addMessages,
    addRun: (after, run) => void commit(mergeRun(state.messages, after, run), run, true),
    setAgent,
    apply(event) {
      switch (event.name) {
        case 'message:delta': {
          const { messageId, delta } = event.payload;
          if (cancelled.has(messageId) || state.messages.some((message) => message.id === messageId)) return;
          const text = (partial.get(messageId) ?? '') + delta;
          partial.set(messageId, text);
          update({ streaming: { messageId, text } });
          events.emit('delta', { messageId, delta, text });
          return;
        }
        case 'message:done':
          addMessages([event.payload.message], true);
          return;
        case 'message:cancelled': {
          const { messageId } = event.payload;
          cancelled.add(messageId);
          partial.delete(messageId);
          if (state.streaming?.messageId === messageId) update({ streaming: streamNext() });
          events.emit('cancelled', { messageId });
          return;
        }
        case 'typing': {
          const { on, role = 'assistant' } = event.payload;
          const typingRole = on ? role : undefined;
          if (state.typing !== on || state.typingRole !== typingRole) update({ typing: on, typingRole });
          events.emit('typing', { on, role });
          return;
        }
        case 'lead:captured':
          lead(event.payload);
          return;
        case 'agent:joined':
          setAgent(event.payload);
          return;
        case 'agent:left':
          if (state.agent) setAgent(undefined, event.payload.at);
      }
    },
  };
}
