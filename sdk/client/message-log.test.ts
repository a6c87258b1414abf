import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../protocol/index.js';
import { mergeMessages, mergeRun } from './message-log.js';

const message = (id: string, replyTo?: string): ChatMessage => ({
  id,
  conversationId: 'c1',
  role: replyTo ? 'assistant' : 'visitor',
  text: id,
  createdAt: '2026-01-01T00:00:00.000Z',
  ...(replyTo ? { replyTo } : {}),
});
const ids = (messages: ChatMessage[]) => messages.map((m) => m.id);

describe('mergeMessages', () => {
  it('appends unknown messages in order and skips known ids', () => {
    const { messages, added } = mergeMessages([message('a'), message('b')], [message('b'), message('c'), message('c')]);
    expect(ids(messages)).toEqual(['a', 'b', 'c']);
    expect(ids(added)).toEqual(['c']);
  });

  it('puts a visitor message before its reply when the reply came first', () => {
    const { messages } = mergeMessages([message('a'), message('r', 'v')], [message('v')]);
    expect(ids(messages)).toEqual(['a', 'v', 'r']);
  });

  it('returns the same array when nothing is new', () => {
    const current = [message('a')];
    expect(mergeMessages(current, [message('a')]).messages).toBe(current);
  });
});

describe('mergeRun', () => {
  it('slots a since page right after its anchor, before newer live messages', () => {
    const { messages, added } = mergeRun([message('a'), message('z')], 'a', [message('b'), message('c'), message('z')]);
    expect(ids(messages)).toEqual(['a', 'b', 'c', 'z']);
    expect(ids(added)).toEqual(['b', 'c']);
  });

  it('appends when the anchor is not shown', () => {
    expect(ids(mergeRun([message('a')], 'gone', [message('b')]).messages)).toEqual(['a', 'b']);
  });
});
