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

/** Shows Cathy typing and streams her reply as deltas; the offline responder answers when the model fails. */
export async function streamReply(deps: MessageDeps, turn: Turn): Promise<StreamedReply> {
  const input = responderInput(turn);
  const replyId = uuidv7();
  deps.hub.publish(input.conversationId, 'typing', { on: true });
  try {
    const onDelta = (delta: string) => deps.hub.publish(input.conversationId, 'message:delta', { messageId: replyId, delta });
    return { replyId, ...(await collect(deps.responder, input, onDelta)) };
  } catch (error) {
    deps.logger.warn({ err: error, conversationId: input.conversationId, responder: deps.responder.mode }, 'responder failed; offline reply used');
    // Deltas already sent are replaced: the client takes `message:done` as the final text.
    return { replyId, ...(await collect(deps.fallback, input, () => undefined)) };
  }
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

async function collect(responder: Responder, input: ResponderInput, onDelta: (delta: string) => void): Promise<{ text: string; meta: ReplyMeta }> {
  let text = '';
  for await (const chunk of responder.respond(input)) {
    if (chunk.type === 'delta') {
      text += chunk.text;
      onDelta(chunk.text);
    } else {
      return { text: text.trim(), meta: chunk.meta };
    }
  }
  throw new Error(`Responder ${responder.mode} ended without a done chunk`);
}
