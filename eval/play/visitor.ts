import { randomUUID } from 'node:crypto';
import type { ChatMessage, MessageSendResult } from '../../sdk/protocol/index.js';
import { ok, request, startSession } from '../../server/test/support/chat.js';
import { connect, connected, type TestSocket } from '../../server/test/support/test-server.js';

export interface Exchange {
  reply: ChatMessage;
  /** From sending to Cathy's stored reply (`message:done`). */
  latencyMs: number;
}

const REPLY_TIMEOUT_MS = 10_000;

/** One shopper's browser: a real socket.io-client on the demo site, timing each message to its reply. */
export async function openShopper(url: string, siteKey: string, locale: 'en' | 'es') {
  const socket: TestSocket = connect(url, { siteKey });
  await connected(socket);
  const session = await startSession(socket, { page: { url: 'http://localhost:5173/inventory', title: 'Used cars' }, locale });
  const done = new Map<string, ChatMessage>();
  const waiting = new Map<string, (message: ChatMessage) => void>();
  const leads: string[] = [];
  socket.on('message:done', ({ message }) => {
    if (!message.replyTo) return;
    const resolve = waiting.get(message.replyTo);
    if (resolve) resolve(message);
    else done.set(message.replyTo, message);
  });
  socket.on('lead:captured', ({ leadId }) => leads.push(leadId));

  async function send(text: string): Promise<Exchange> {
    const started = performance.now();
    const { message } = await ok(request<MessageSendResult>(socket, 'message:send', { clientId: randomUUID(), text }));
    const early = done.get(message.id);
    const reply =
      early ??
      (await new Promise<ChatMessage>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no reply to "${text}" within ${REPLY_TIMEOUT_MS} ms`)), REPLY_TIMEOUT_MS);
        waiting.set(message.id, (reply) => {
          clearTimeout(timer);
          resolve(reply);
        });
      }));
    waiting.delete(message.id);
    return { reply, latencyMs: performance.now() - started };
  }

  return { session, send, leads, close: () => socket.close() };
}
