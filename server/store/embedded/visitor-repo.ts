import type Datastore from '@seald-io/nedb';
import type { VisitorRecord } from '../records.js';
import type { VisitorRepo } from '../store.js';
import { fromStored, toStored, type Stored } from '../stored-record.js';
import type { IndexSpec } from './collection.js';
import { finder } from './finder.js';

export type VisitorDoc = Stored<VisitorRecord>;

export const visitorIndexes: IndexSpec[] = [{ fieldName: 'externalId', sparse: true }];

export function visitorRepo(db: Datastore<VisitorDoc>): VisitorRepo {
  const find = finder(db, (doc: VisitorDoc) => fromStored<VisitorRecord>(doc));
  return {
    async insert(visitor) {
      await db.insertAsync(toStored(visitor));
    },
    update: (id, patch) => find.update(id, patch),
    async addPageView(id, view, keep) {
      // One $push with $slice, not read-modify-write, so two page views at once both land.
      await db.updateAsync({ _id: id }, { $push: { pages: { $each: [view], $slice: -keep } } }, {});
    },
    byId: (id) => find.one({ _id: id }),
    firstByExternalId: (siteId, externalId) => find.one({ siteId, externalId }, { createdAt: 1 }),
    delete: (id) => db.removeAsync({ _id: id }, {}),
  };
}
