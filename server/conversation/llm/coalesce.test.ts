import { describe, expect, it } from 'vitest';
import { coalesce } from './coalesce.js';

async function* source(pieces: Array<string | number>, onReturn?: () => void) {
  try {
    for (const piece of pieces) {
      if (typeof piece === 'number') await new Promise((resolve) => setTimeout(resolve, piece));
      else yield piece;
    }
  } finally {
    onReturn?.();
  }
}

async function collect(iterable: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const piece of iterable) out.push(piece);
  return out;
}

describe('coalesce', () => {
  it('sends the first piece at once, then groups the rest by size', async () => {
    const pieces = ['Hi', ' there', ', we', ' have', ' several', ' used', ' SUVs', ' on', ' the', ' lot', '.'];
    const out = await collect(coalesce(source(pieces), { minChars: 12, maxWaitMs: 1000 }));
    expect(out[0]).toBe('Hi');
    expect(out.join('')).toBe(pieces.join(''));
    expect(out.slice(1, -1).every((piece) => piece.length >= 12)).toBe(true);
    expect(out.length).toBeLessThan(pieces.length);
  });

  it('sends what waits once the wait is over, even when short', async () => {
    const out = await collect(coalesce(source(['A', 'b', 'c', 80, 'd']), { minChars: 100, maxWaitMs: 20 }));
    expect(out).toEqual(['A', 'bc', 'd']);
  });

  it('passes an error on, and stops the source when the consumer stops', async () => {
    let stopped = false;
    const failing = (async function* () {
      yield 'a';
      throw new Error('boom');
    })();
    await expect(collect(coalesce(failing))).rejects.toThrow('boom');
    for await (const piece of coalesce(source(['a', 'b', 'c'], () => (stopped = true)))) {
      if (piece) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(stopped).toBe(true);
  });
});
