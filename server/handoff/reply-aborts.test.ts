import { describe, expect, it } from 'vitest';
import { createReplyAborts } from './reply-aborts.js';

describe('createReplyAborts', () => {
  it("aborts only the conversation's replies, running their listeners before abort returns", () => {
    const aborts = createReplyAborts();
    const mine = aborts.start('c1');
    const other = aborts.start('c2');
    const heard: string[] = [];
    mine.signal.addEventListener('abort', () => heard.push('cancelled'));
    expect(aborts.abort('c1')).toBe(1);
    heard.push('joined');
    expect(heard).toEqual(['cancelled', 'joined']);
    expect(other.signal.aborted).toBe(false);
  });

  it('forgets a finished reply: a later takeover aborts nothing', () => {
    const aborts = createReplyAborts();
    const reply = aborts.start('c1');
    reply.finish();
    expect(aborts.abort('c1')).toBe(0);
    expect(reply.signal.aborted).toBe(false);
  });
});
