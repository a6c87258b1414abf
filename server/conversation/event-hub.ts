import type { ServerToClientEvents } from '../../sdk/protocol/index.js';

export type ConversationEventName = keyof ServerToClientEvents;

export interface ConversationEvent<K extends ConversationEventName = ConversationEventName> {
  name: K;
  payload: Parameters<ServerToClientEvents[K]>[0];
}

type Listener = (conversationId: string, event: ConversationEvent) => void;

/**
 * Where the engine announces what happens in a conversation. The socket gateway forwards events
 * to the conversation's room; an HTTP stream can listen to one conversation.
 */
export interface EventHub {
  publish<K extends ConversationEventName>(
    conversationId: string,
    name: K,
    payload: Parameters<ServerToClientEvents[K]>[0],
  ): void;
  subscribe(listener: Listener): () => void;
}

export function createEventHub(): EventHub {
  const listeners = new Set<Listener>();
  return {
    publish(conversationId, name, payload) {
      const event = { name, payload } as ConversationEvent;
      for (const listener of listeners) listener(conversationId, event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
