import type { Response } from 'express';
import type { ChatMessage, MessageDone } from '../../sdk/protocol/index.js';
import type { EventHub } from '../conversation/event-hub.js';
import { openEventStream } from './event-stream.js';

/**
 * `POST …/messages` with `Accept: text/event-stream`: the stored message first, then the
 * conversation's events as they happen (`typing`, `message:delta`, `lead:captured`, `message:done`),
 * ending once this message has its answer, or at once after the message while a person answers the chat.
 */
export function streamReply(res: Response, hub: EventHub, message: ChatMessage, reply: Promise<ChatMessage | undefined>): void {
  const send = openEventStream(res);
  send('message', { message });
  let answered = false;
  const unsubscribe = hub.subscribe((conversationId, event) => {
    if (conversationId !== message.conversationId) return;
    const [payload] = event.args;
    send(event.name, payload);
    if (event.name === 'message:done' && (payload as MessageDone).message.replyTo === message.id) answered = true;
  });
  res.on('close', unsubscribe);
  reply
    .then(
      // A resend whose reply was stored earlier gets it here: no live event will come for it.
      (stored) => answered || !stored || send('message:done', { message: stored }),
      () => send('error', { error: { code: 'INTERNAL_ERROR', message: 'Cathy could not answer. Please send your message again.' } }),
    )
    .finally(() => {
      unsubscribe();
      res.end();
    });
}
