import type { Response } from 'express';
import type { ChatMessage, MessageDone } from '../../sdk/protocol/index.js';
import type { EventHub } from '../conversation/event-hub.js';

/**
 * `POST …/messages` with `Accept: text/event-stream`: the stored message first, then the
 * conversation's events as they happen (`typing`, `message:delta`, `lead:captured`, `message:done`),
 * ending once this message has its answer.
 */
export function streamReply(res: Response, hub: EventHub, message: ChatMessage, reply: Promise<ChatMessage>): void {
  res.status(200).set({
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    'X-Accel-Buffering': 'no',
  });
  res.flushHeaders();
  const send = (event: string, data: unknown) => {
    if (!res.writableEnded) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
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
      (stored) => answered || send('message:done', { message: stored }),
      () => send('error', { error: { code: 'INTERNAL_ERROR', message: 'Cathy could not answer. Please send your message again.' } }),
    )
    .finally(() => {
      unsubscribe();
      res.end();
    });
}
