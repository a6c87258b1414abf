import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { typingSender } from './typing-sender.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  expect(vi.getTimerCount()).toBe(0);
  vi.useRealTimers();
});

function record() {
  const sent: boolean[] = [];
  return { sent, typing: typingSender((on) => sent.push(on)) };
}

describe('typing sender', () => {
  it('says on once for a burst of keystrokes, again after 3 s of typing, and off after 4 s of quiet', () => {
    const { sent, typing } = record();
    for (let i = 0; i < 10; i++) {
      typing.typed();
      vi.advanceTimersByTime(200);
    }
    expect(sent).toEqual([true]);
    for (let i = 0; i < 6; i++) {
      typing.typed();
      vi.advanceTimersByTime(200);
    }
    expect(sent).toEqual([true, true]);
    vi.advanceTimersByTime(3_799);
    expect(sent).toEqual([true, true]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([true, true, false]);
  });

  it('says off at once on send, and nothing when it never said on', () => {
    const { sent, typing } = record();
    typing.stop();
    expect(sent).toEqual([]);
    typing.typed();
    typing.stop();
    typing.stop();
    expect(sent).toEqual([true, false]);
  });
});
