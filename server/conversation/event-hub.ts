import type { ChatMessage, EscalationReason, ServerToClientEvents, StaffNote } from '../../sdk/protocol/index.js';
import type { HandoffRecord } from '../store/records.js';

export type ConversationEventName = keyof ServerToClientEvents;

/** One event as Socket.IO emits it: its name and the arguments `ServerToClientEvents` gives it. */
export interface ConversationEvent<K extends ConversationEventName = ConversationEventName> {
  name: K;
  args: Parameters<ServerToClientEvents[K]>;
}

type Listener = <K extends ConversationEventName>(conversationId: string, event: ConversationEvent<K>) => void;

/**
 * What changed in a conversation, for the dealer's people (the staff namespace), never for the visitor's page:
 * it began, a message was stored (with it), its lead changed, what is known of the shopper changed after the reply
 * (the language model read more), a staff member left a note, the conversation was taken over or handed back or its
 * escalation changed (`handoff`, as stored: its newest log entry says what happened), a shopper started waiting for
 * a person (`escalated`: the console alerts), or someone is typing.
 */
export type ConversationActivity = { conversationId: string; siteId: string } & (
  | { kind: 'started' | 'message'; message: ChatMessage }
  | { kind: 'lead' | 'facts' }
  | { kind: 'note'; note: StaffNote }
  | { kind: 'handoff'; handoff: HandoffRecord }
  | { kind: 'escalated'; reason: EscalationReason }
  | { kind: 'typing'; role: 'visitor' | 'assistant' | 'agent'; on: boolean }
);

type ActivityListener = (activity: ConversationActivity) => void;

/**
 * Where the engine announces what happens in a conversation. The socket gateway forwards events
 * to the conversation's room; an HTTP stream can listen to one conversation. Activity is a second
 * channel the visitor side never subscribes to.
 */
export interface EventHub {
  publish<K extends ConversationEventName>(conversationId: string, name: K, ...args: Parameters<ServerToClientEvents[K]>): void;
  subscribe(listener: Listener): () => void;
  announce(activity: ConversationActivity): void;
  onActivity(listener: ActivityListener): () => void;
}

export function createEventHub(): EventHub {
  const listeners = new Set<Listener>();
  const activityListeners = new Set<ActivityListener>();
  return {
    publish(conversationId, name, ...args) {
      for (const listener of listeners) listener(conversationId, { name, args });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    announce(activity) {
      for (const listener of activityListeners) listener(activity);
    },
    onActivity(listener) {
      activityListeners.add(listener);
      return () => activityListeners.delete(listener);
    },
  };
}
