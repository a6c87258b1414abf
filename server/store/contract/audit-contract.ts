import { describe, expect, it } from 'vitest';
import type { ContractContext } from './contract-context.js';
import { makeAudit, minutesAfter } from './fixtures.js';

export function auditContract(ctx: ContractContext): void {
  describe('audit', () => {
    it("lists a site's audit records newest first", async () => {
      const { audit } = ctx.store;
      const first = makeAudit('site-1');
      const second = makeAudit('site-1', { at: minutesAfter(5), counts: { messages: 0, leads: 2 } });
      const elsewhere = makeAudit('site-2');
      for (const record of [first, second, elsewhere]) await audit.insert(record);

      expect(await audit.list('site-1')).toEqual([second, first]);
      expect(await audit.list('site-2')).toEqual([elsewhere]);
      expect(await audit.list('site-3')).toEqual([]);
    });
  });
}
