import type Datastore from '@seald-io/nedb';
import type { VisitorRecord } from '../records.js';
import type { VisitorRepo } from '../store.js';
import type { Stored } from '../stored-record.js';
import { visitorReads } from '../visitor-reads.js';
import type { IndexSpec } from './collection.js';
import { recordCollection } from './record-collection.js';

export type VisitorDoc = Stored<VisitorRecord>;

export const visitorIndexes: IndexSpec[] = [
  { fieldName: 'externalId', sparse: true },
  { fieldName: 'customerId', sparse: true },
];

export function visitorRepo(db: Datastore<VisitorDoc>): VisitorRepo {
  const { find, insert } = recordCollection<VisitorRecord>(db);
  return {
    ...visitorReads(find),
    insert,
    update: (id, patch) => find.update(id, patch),
    async addPageView(id, view, keep) {
      // One $push with $slice, not read-modify-write, so two page views at once both land.
      await db.updateAsync({ _id: id }, { $push: { pages: { $each: [view], $slice: -keep } } }, {});
    },
    delete: (id) => db.removeAsync({ _id: id }, {}),
  };
}
