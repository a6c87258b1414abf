import type { ChatMessage, LeadCapturedEvent } from '../protocol/index.js';
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
  /** A server push: streaming text, final messages, typing, leads. */
  apply(event: ServerEvent): void;
}

/** The snapshot a UI renders and the typed events that announce its changes. */
export function createClientStore(initial: ClientSnapshot): ClientStore {
  const events = createEmitter<ClientEvents>();
  let state = initial;
  // Text so far per reply: two replies may stream at once (two tabs, two quick questions), and the snapshot shows one.
  const partial = new Map<string, string>();
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
    const next = [...partial].at(-1);
    update(finished ? { messages, streaming: next ? { messageId: next[0], text: next[1] } : null } : { messages });
    if (announce) for (const message of added) events.emit('message', message);
    return added;
  };
  const addMessages = (incoming: readonly ChatMessage[], announce: boolean) => commit(mergeMessages(state.messages, incoming), incoming, announce);

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
    apply(event) {
      switch (event.name) {
        case 'message:delta': {
          const { messageId, delta } = event.payload;
          if (state.messages.some((message) => message.id === messageId)) return;
          const text = (partial.get(messageId) ?? '') + delta;
          partial.set(messageId, text);
          update({ streaming: { messageId, text } });
          events.emit('delta', { messageId, delta, text });
          return;
        }
        case 'message:done':
          addMessages([event.payload.message], true);
          return;
        case 'typing':
          if (state.typing !== event.payload.on) update({ typing: event.payload.on });
          events.emit('typing', { on: event.payload.on });
          return;
        case 'lead:captured':
          lead(event.payload);
      }
    },
  };
}
