import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../sdk/protocol/index.js';
import { historyWindow } from './history-window.js';

const message = (id: string, chars: number): ChatMessage => ({
  id,
  conversationId: 'c',
  role: 'visitor',
  text: 'x'.repeat(chars),
  createdAt: '2024-03-05T19:00:00.000Z',
});

describe('historyWindow', () => {
  it('keeps the newest messages that fit, oldest first', () => {
    // 40 characters ≈ 10 tokens, plus 4 per message.
    const history = ['a', 'b', 'c', 'd'].map((id) => message(id, 40));
    expect(historyWindow(history, 42).map((m) => m.id)).toEqual(['b', 'c', 'd']);
    expect(historyWindow(history, 1000).map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('counts tokens, not messages: one long message leaves room for fewer others', () => {
    const history = [message('a', 40), message('b', 40), message('long', 400), message('d', 40)];
    expect(historyWindow(history, 130).map((m) => m.id)).toEqual(['long', 'd']);
  });

  it('always keeps the message being answered', () => {
    expect(historyWindow([message('a', 40), message('huge', 8000)], 100).map((m) => m.id)).toEqual(['huge']);
  });
});
