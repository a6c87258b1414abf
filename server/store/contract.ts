import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from './store.js';
import { auditContract } from './contract/audit-contract.js';
import type { ContractContext, StoreHandle } from './contract/contract-context.js';
import { conversationsContract } from './contract/conversations-contract.js';
import { erasureContract } from './contract/erasure-contract.js';
import { inboxContract } from './contract/inbox-contract.js';
import { leadsContract } from './contract/leads-contract.js';
import { messageHistoryContract } from './contract/message-history-contract.js';
import { messagesContract } from './contract/messages-contract.js';
import { metaContract } from './contract/meta-contract.js';
import { outboxClaimContract } from './contract/outbox-claim-contract.js';
import { outboxContract } from './contract/outbox-contract.js';
import { persistenceContract } from './contract/persistence-contract.js';
import { sitesContract } from './contract/sites-contract.js';
import { staffContract } from './contract/staff-contract.js';
import { visitorsContract } from './contract/visitors-contract.js';

export type { StoreHandle } from './contract/contract-context.js';

/**
 * The behaviour every `Store` adapter must have, as one vitest suite. `open` gives each test a fresh, empty
 * store; the contract closes it and then calls `cleanup`.
 *
 * @example
 * storeContract('embedded store', async () => {
 *   const dir = await mkdtemp(join(tmpdir(), 'cathy-store-'));
 *   return {
 *     store: await openEmbeddedStore(dir),
 *     reopen: () => openEmbeddedStore(dir),
 *     cleanup: () => rm(dir, { recursive: true, force: true }),
 *   };
 * });
 */
export function storeContract(name: string, open: () => Promise<StoreHandle>): void {
  describe(name, () => {
    let handle: StoreHandle | undefined;
    let current: Store | undefined;

    beforeEach(async () => {
      handle = await open();
      current = handle.store;
    });

    afterEach(async () => {
      await current?.close();
      await handle?.cleanup();
      handle = current = undefined;
    });

    const ctx: ContractContext = {
      get store() {
        if (!current) {
          throw new Error('[Cathy] Failed to run the store contract: no store is open. Use ctx.store inside a test.');
        }
        return current;
      },
      get reopen() {
        const reopen = handle?.reopen;
        if (!reopen) return null;
        return async () => {
          await current?.close();
          current = undefined;
          current = await reopen();
          return current;
        };
      },
    };

    it('answers ping', async () => {
      await expect(ctx.store.ping()).resolves.toBeUndefined();
    });

    sitesContract(ctx);
    visitorsContract(ctx);
    conversationsContract(ctx);
    inboxContract(ctx);
    messagesContract(ctx);
    messageHistoryContract(ctx);
    leadsContract(ctx);
    outboxContract(ctx);
    outboxClaimContract(ctx);
    auditContract(ctx);
    metaContract(ctx);
    staffContract(ctx);
    erasureContract(ctx);
    persistenceContract(ctx);
  });
}
