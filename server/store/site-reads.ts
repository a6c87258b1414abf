import type { RecordFinder } from './record-finder.js';
import type { SiteRecord } from './records.js';
import type { SiteRepo } from './store.js';

/** Shared by both adapters, so they cannot drift apart on what a read matches or in what order it returns. */
export function siteReads(
  find: RecordFinder<SiteRecord>,
): Pick<SiteRepo, 'byId' | 'byPublicKey' | 'bySecretHash' | 'list'> {
  return {
    byId: (id) => find.one({ _id: id }),
    byPublicKey: (publicKey) => find.one({ publicKey }),
    bySecretHash: (secretKeyHash) => find.one({ secretKeyHash }),
    list: () => find.many({}, { createdAt: 1 }),
  };
}
