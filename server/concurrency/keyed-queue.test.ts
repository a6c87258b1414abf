import { describe, expect, it } from 'vitest';
import { createKeyedQueue } from './keyed-queue.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createKeyedQueue', () => {
  it('runs tasks of one key in order and of different keys side by side', async () => {
    const queue = createKeyedQueue();
    const log: string[] = [];
    await Promise.all([
      queue.run('a', async () => {
        await tick(20);
        log.push('a1');
      }),
      queue.run('a', async () => {
        log.push('a2');
      }),
      queue.run('b', async () => {
        log.push('b1');
      }),
    ]);
    expect(log).toEqual(['b1', 'a1', 'a2']);
  });

  it('keeps going after a failed task and reports idle', async () => {
    const queue = createKeyedQueue();
    await expect(queue.run('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(queue.run('a', async () => 2)).resolves.toBe(2);
    await queue.idle();
  });
});
