import type Datastore from '@seald-io/nedb';
import type { SiteRecord } from '../records.js';
import type { SiteRepo } from '../store.js';
import { fromStored, toStored, type Stored } from '../stored-record.js';
import type { IndexSpec } from './collection.js';
import { finder } from './finder.js';

export type SiteDoc = Stored<SiteRecord>;

export const siteIndexes: IndexSpec[] = [
  { fieldName: 'publicKey', unique: true },
  { fieldName: 'secretKeyHash', unique: true },
];

export function siteRepo(db: Datastore<SiteDoc>): SiteRepo {
  const find = finder(db, (doc: SiteDoc) => fromStored<SiteRecord>(doc));
  return {
    async insert(site) {
      await db.insertAsync(toStored(site));
    },
    update: (id, patch) => find.update(id, patch),
    byId: (id) => find.one({ _id: id }),
    byPublicKey: (publicKey) => find.one({ publicKey }),
    bySecretHash: (secretKeyHash) => find.one({ secretKeyHash }),
    list: () => find.many({}, { createdAt: 1 }),
    count: () => db.countAsync({}),
  };
}
