import type { ChatMessage } from '../protocol/index.js';

export interface Merged {
  messages: ChatMessage[];
  /** The messages that were new, in the order given. */
  added: ChatMessage[];
}

/**
 * Adds the messages not known by id, keeping the server's order: pages and events arrive in store
 * order and are appended, except that a visitor message goes before a reply to it already shown
 * (an HTTP stream can deliver the reply before the send's own answer is handled).
 */
export function mergeMessages(current: readonly ChatMessage[], incoming: readonly ChatMessage[]): Merged {
  const known = new Set(current.map((message) => message.id));
  const messages = [...current];
  const added: ChatMessage[] = [];
  for (const message of incoming) {
    if (known.has(message.id)) continue;
    known.add(message.id);
    added.push(message);
    const replyAt = messages.findIndex((candidate) => candidate.replyTo === message.id);
    if (replyAt >= 0) messages.splice(replyAt, 0, message);
    else messages.push(message);
  }
  return { messages: added.length > 0 ? messages : (current as ChatMessage[]), added };
}

/**
 * Places a contiguous run of the server's messages (a `messages:since` page) right after `after`,
 * the last message known to be contiguous with the store; messages shown after it that the run
 * does not contain (newer live ones) follow the run. Without a known anchor it appends like `mergeMessages`.
 */
export function mergeRun(current: readonly ChatMessage[], after: string | undefined, run: readonly ChatMessage[]): Merged {
  const cut = after === undefined ? 0 : current.findIndex((message) => message.id === after) + 1;
  if (after !== undefined && cut === 0) return mergeMessages(current, run);
  const known = new Set(current.map((message) => message.id));
  const added = run.filter((message) => !known.has(message.id));
  if (added.length === 0) return { messages: current as ChatMessage[], added };
  const inRun = new Set(run.map((message) => message.id));
  const messages = [...current.slice(0, cut), ...run, ...current.slice(cut).filter((message) => !inRun.has(message.id))];
  return { messages, added };
}
