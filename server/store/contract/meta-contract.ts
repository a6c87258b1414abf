import { describe, expect, it } from 'vitest';
import type { ContractContext } from './contract-context.js';

export function metaContract(ctx: ContractContext): void {
  describe('meta', () => {
    it('keeps the first value set for a key', async () => {
      const { meta } = ctx.store;
      expect(await meta.get('tokenSecret')).toBeNull();

      expect(await meta.setIfAbsent('tokenSecret', 'first')).toBe('first');
      expect(await meta.setIfAbsent('tokenSecret', 'second')).toBe('first');
      expect(await meta.get('tokenSecret')).toBe('first');
      expect(await meta.setIfAbsent('other', 'value')).toBe('value');
    });

    it('adds to a counter atomically, even when callers race, and reads it with an add of 0', async () => {
      const { meta } = ctx.store;
      expect(await meta.add('tokens:site-1:2026-11-23', 0)).toBe(0);
      expect(await meta.add('tokens:site-1:2026-11-23', 120)).toBe(120);
      const totals = await Promise.all(Array.from({ length: 10 }, () => meta.add('tokens:site-1:2026-11-23', 5)));
      expect(Math.max(...totals)).toBe(170);
      expect(new Set(totals).size).toBe(10);
      expect(await meta.add('tokens:site-2:2026-11-23', 7)).toBe(7);
    });

    it('gives every racing caller the one value that was stored', async () => {
      const { meta } = ctx.store;
      const candidates = ['a', 'b', 'c', 'd'];

      const results = await Promise.all(candidates.map((value) => meta.setIfAbsent('tokenSecret', value)));

      const stored = await meta.get('tokenSecret');
      expect(candidates).toContain(stored);
      expect(results).toEqual(candidates.map(() => stored));
    });
  });
}
