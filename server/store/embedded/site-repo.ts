import type Datastore from '@seald-io/nedb';
import type { SiteRecord } from '../records.js';
import { siteReads } from '../site-reads.js';
import type { SiteRepo } from '../store.js';
import type { Stored } from '../stored-record.js';
import type { IndexSpec } from './collection.js';
import { recordCollection } from './record-collection.js';

export type SiteDoc = Stored<SiteRecord>;

export const siteIndexes: IndexSpec[] = [
  { fieldName: 'publicKey', unique: true },
  { fieldName: 'secretKeyHash', unique: true },
];

export function siteRepo(db: Datastore<SiteDoc>): SiteRepo {
  const { find, insert } = recordCollection<SiteRecord>(db);
  return {
    ...siteReads(find),
    insert,
    update: (id, patch) => find.update(id, patch),
    count: () => db.countAsync({}),
  };
}
