import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../sdk/protocol/index.js';
import { slotsAskedBefore } from './asked-before.js';
import { buildInput, reply } from './test-input.js';

const said = (role: ChatMessage['role'], text: string): ChatMessage => ({
  id: text,
  conversationId: 'conv_1',
  role,
  text,
  createdAt: '2024-03-05T19:00:00.000Z',
});

describe('slotsAskedBefore', () => {
  it("finds Cathy's own questions in English and Spanish", () => {
    const history = [
      said('assistant', 'Got it. Do you have a vehicle to trade in?'),
      said('visitor', 'Will you be trading in a vehicle?'),
      said('assistant', 'Perfecto. ¿Lo busca nuevo o usado?'),
    ];
    expect([...slotsAskedBefore(history)].sort()).toEqual(['condition', 'tradeIn']);
  });

  it('keeps the flow from asking a question the visitor let pass', async () => {
    const input = buildInput({ text: 'hmm', facts: { vehicle: { text: 'truck' } }, state: { turn: 3 } });
    input.history = [said('assistant', 'Nice pick. Are you thinking new or used?'), said('visitor', 'hmm')];
    expect((await reply(input)).meta.state.lastQuestion).toBe('budget');
  });
});
