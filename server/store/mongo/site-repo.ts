import type { SiteRecord } from '../records.js';
import type { SiteRepo } from '../store.js';
import { fromStored, toStored, type Stored } from '../stored-record.js';
import type { Models } from './create-models.js';
import { finder } from './finder.js';

export function siteRepo(model: Models['sites']): SiteRepo {
  const find = finder(model, (doc: Stored<SiteRecord>) => fromStored<SiteRecord>(doc));
  return {
    async insert(site) {
      await model.create(toStored(site));
    },
    update: (id, patch) => find.update(id, patch),
    byId: (id) => find.one({ _id: id }),
    byPublicKey: (publicKey) => find.one({ publicKey }),
    bySecretHash: (secretKeyHash) => find.one({ secretKeyHash }),
    list: () => find.many({}, { createdAt: 1 }),
    count: () => model.countDocuments(),
  };
}
