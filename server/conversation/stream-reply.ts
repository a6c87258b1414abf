import { v7 as uuidv7 } from 'uuid';
import type { ConversationRecord, MessageRecord, VisitorRecord } from '../store/records.js';
import { toChatMessage } from '../wire/message-dto.js';
import type { ContactStepResult } from './contact-step.js';
import type { SessionRef } from './context.js';
import type { MessageDeps } from './message-service.js';
import type { Understood } from './read-and-remember.js';
import type { EscalationTurn, ReplyMeta, Responder, ResponderInput } from './responder.js';

// The usual web-analytics visit boundary: first seen longer ago than this means a returning visitor.
const VISIT_GAP_MS = 30 * 60 * 1000;

export interface Turn {
  session: SessionRef;
  conversation: ConversationRecord;
  visitor: VisitorRecord;
  message: MessageRecord;
  understood: Understood;
  step: ContactStepResult;
  history: MessageRecord[];
  now: Date;
  escalation?: EscalationTurn;
}

export interface StreamedReply {
  replyId: string;
  text: string;
  meta: ReplyMeta;
}

/**
 * Shows Cathy typing and streams her reply as deltas; the offline responder answers when the model fails.
 * Undefined when `signal` aborts (a person took the chat over): no delta follows, the shopper is told to drop the
 * draft (`message:cancelled`), and nothing is stored.
 */
export async function streamReply(deps: MessageDeps, turn: Turn, signal: AbortSignal): Promise<StreamedReply | undefined> {
  const input = responderInput(turn);
  const replyId = uuidv7();
  const { conversationId } = input;
  const cancel = () => cancelReply(deps, conversationId, replyId);
  deps.hub.publish(conversationId, 'typing', { on: true, role: 'assistant' });
  signal.addEventListener('abort', cancel, { once: true });
  try {
    const onDelta = (delta: string) => deps.hub.publish(conversationId, 'message:delta', { messageId: replyId, delta });
    const streamed = await collect(deps.responder, input, onDelta, signal);
    return streamed && { replyId, ...streamed };
  } catch (error) {
    if (signal.aborted) return undefined;
    deps.logger.warn({ err: error, conversationId, responder: deps.responder.mode }, 'responder failed; offline reply used');
    // Deltas already sent are replaced: the client takes `message:done` as the final text.
    const streamed = await collect(deps.fallback, input, () => undefined, signal);
    return streamed && { replyId, ...streamed };
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}

/** Tells the shopper the reply with this id will not come. */
export function cancelReply(deps: Pick<MessageDeps, 'hub'>, conversationId: string, replyId: string): void {
  deps.hub.publish(conversationId, 'message:cancelled', { messageId: replyId });
  deps.hub.publish(conversationId, 'typing', { on: false, role: 'assistant' });
}

function responderInput({ session, conversation, visitor, message, understood, step, history, now, escalation }: Turn): ResponderInput {
  return {
    site: session.site,
    conversationId: conversation.id,
    locale: understood.locale,
    now,
    history: history.map(toChatMessage),
    text: message.text,
    extraction: understood.extraction,
    facts: understood.facts,
    reading: understood.reading,
    state: step.state,
    contact: step.outcome,
    visitor: { returning: now.getTime() - visitor.createdAt.getTime() > VISIT_GAP_MS, pages: visitor.pages },
    ...(escalation && { escalation }),
  };
}

/** The responder's text and meta; undefined as soon as `signal` aborts, without waiting for its next chunk. */
async function collect(
  responder: Responder,
  input: ResponderInput,
  onDelta: (delta: string) => void,
  signal: AbortSignal,
): Promise<{ text: string; meta: ReplyMeta } | undefined> {
  const aborted = new Promise<undefined>((resolve) => signal.addEventListener('abort', () => resolve(undefined), { once: true }));
  const chunks = responder.respond(input, signal)[Symbol.asyncIterator]();
  let text = '';
  try {
    for (;;) {
      if (signal.aborted) return undefined;
      const next = await Promise.race([chunks.next(), aborted]);
      if (!next || signal.aborted) return undefined;
      if (next.done) break;
      const chunk = next.value;
      if (chunk.type === 'done') return { text: text.trim(), meta: chunk.meta };
      text += chunk.text;
      onDelta(chunk.text);
    }
  } finally {
    // A responder stuck on its next chunk ends once that settles; nobody waits for it.
    if (signal.aborted) chunks.return?.(undefined)?.catch(() => undefined);
  }
  throw new Error(`Responder ${responder.mode} ended without a done chunk`);
}
