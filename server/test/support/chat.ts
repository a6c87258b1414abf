import { randomUUID } from 'node:crypto';
import type {
  ChatMessage,
  LeadCapturedEvent,
  MessageSendResult,
  SessionStartPayload,
  SessionStartResult,
} from '../../../sdk/protocol/index.js';
import { isErrorResponse, type AckResult } from '../../../sdk/protocol/index.js';
import type { TestSocket } from './test-server.js';

export const PAGE: SessionStartPayload = {
  page: { url: 'http://localhost:5173/inventory/2019-honda-cr-v', title: '2019 Honda CR-V | Test Motors', referrer: 'https://www.google.com/' },
  utm: { source: 'google', medium: 'cpc', campaign: 'suv-spring' },
};

/** Emits with an ack and resolves with the ack's value (errors included). */
export function request<T>(socket: TestSocket, event: string, payload: unknown): Promise<AckResult<T>> {
  return new Promise((resolve) => {
    (socket as unknown as { emit(e: string, p: unknown, ack: (r: AckResult<T>) => void): void }).emit(event, payload, resolve);
  });
}

export async function ok<T>(result: Promise<AckResult<T>>): Promise<T> {
  const value = await result;
  if (isErrorResponse(value)) throw new Error(`ack error ${value.error.code}: ${value.error.message}`);
  return value;
}

export function startSession(socket: TestSocket, payload: SessionStartPayload = PAGE): Promise<SessionStartResult> {
  return ok(request<SessionStartResult>(socket, 'session:start', payload));
}

/** Sends a message and waits for Cathy's stored reply to it. */
export async function say(socket: TestSocket, text: string, clientId: string = randomUUID()) {
  const replies: ChatMessage[] = [];
  const deltas: string[] = [];
  const onDone = ({ message }: { message: ChatMessage }) => replies.push(message);
  const onDelta = ({ delta }: { delta: string }) => deltas.push(delta);
  socket.on('message:done', onDone);
  socket.on('message:delta', onDelta);
  try {
    const { message } = await ok(request<MessageSendResult>(socket, 'message:send', { clientId, text }));
    const started = Date.now();
    for (;;) {
      const reply = replies.find((r) => r.replyTo === message.id);
      if (reply) return { message, reply, deltas };
      if (Date.now() - started > 5000) throw new Error(`no reply to "${text}"`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    socket.off('message:done', onDone);
    socket.off('message:delta', onDelta);
  }
}

/** A visitor walks through the conversation until Cathy asks for a number with the disclosure. */
export const SHOPPER_LINES = [
  "Hi! I'm looking for a used SUV, maybe a 2019 Honda CR-V",
  "I'd like to stay around $350 a month",
  'I have a 2012 Corolla to trade in',
  'My credit took a hit after a divorce, rebuilding it now',
  'This weekend if possible',
  'My name is Maria Lopez',
  'What else do you need from me?',
  'Sounds good',
];

/** The same shopper with a bankruptcy for her credit story: words that must never reach anyone but her dealer. */
export const BANKRUPTCY_SHOPPER_LINES = SHOPPER_LINES.map((line) => (/divorce/.test(line) ? 'I had a bankruptcy last year' : line));

export async function talkUntilPhoneAsked(socket: TestSocket): Promise<ChatMessage> {
  for (const line of SHOPPER_LINES) {
    const { reply } = await say(socket, line);
    if (reply.disclosure) return reply;
  }
  throw new Error('Cathy never asked for a phone number');
}

export function waitForLead(socket: TestSocket): Promise<LeadCapturedEvent> {
  return new Promise((resolve) => socket.once('lead:captured', resolve));
}
