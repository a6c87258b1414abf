import type { ServerToClientEvents } from '../../sdk/protocol/index.js';

export type ConversationEventName = keyof ServerToClientEvents;

/** One event as Socket.IO emits it: its name and the arguments `ServerToClientEvents` gives it. */
export interface ConversationEvent<K extends ConversationEventName = ConversationEventName> {
  name: K;
  args: Parameters<ServerToClientEvents[K]>;
}

type Listener = <K extends ConversationEventName>(conversationId: string, event: ConversationEvent<K>) => void;

/**
 * Where the engine announces what happens in a conversation. The socket gateway forwards events
 * to the conversation's room; an HTTP stream can listen to one conversation.
 */
export interface EventHub {
  publish<K extends ConversationEventName>(conversationId: string, name: K, ...args: Parameters<ServerToClientEvents[K]>): void;
  subscribe(listener: Listener): () => void;
}

export function createEventHub(): EventHub {
  const listeners = new Set<Listener>();
  return {
    publish(conversationId, name, ...args) {
      for (const listener of listeners) listener(conversationId, { name, args });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
