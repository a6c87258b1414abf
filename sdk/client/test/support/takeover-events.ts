import type { ChatMessage } from '../../../protocol/index.js';
import type { ServerEvent } from '../../transport.js';

/** What a person's reply looks like on the wire: role `agent`, with the name (and avatar) the shopper sees. */
export const AGENT_MESSAGE: ChatMessage = {
  id: 'a1',
  conversationId: 'c1',
  role: 'agent',
  text: 'Hi, this is Dana. The CR-V is still here.',
  createdAt: '2026-12-07T01:00:02.000Z',
  author: { name: 'Dana', avatarUrl: 'https://cdn.example/dana.png' },
};

/** A takeover as the shopper's connection sees it, in order: Cathy cut short, a person in, their reply, them out. */
export const TAKEOVER_EVENTS: ServerEvent[] = [
  { name: 'message:delta', payload: { messageId: 'r9', delta: 'Let me check' } },
  { name: 'message:cancelled', payload: { messageId: 'r9' } },
  { name: 'typing', payload: { on: false, role: 'assistant' } },
  { name: 'agent:joined', payload: { name: 'Dana', avatarUrl: 'https://cdn.example/dana.png', dealer: 'Test Motors', at: '2026-12-07T01:00:00.000Z' } },
  { name: 'typing', payload: { on: true, role: 'agent' } },
  { name: 'message:done', payload: { message: AGENT_MESSAGE } },
  { name: 'typing', payload: { on: false, role: 'agent' } },
  { name: 'agent:left', payload: { name: 'Dana', at: '2026-12-07T01:05:00.000Z' } },
];
