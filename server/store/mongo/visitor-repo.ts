import type { VisitorRecord } from '../records.js';
import type { VisitorRepo } from '../store.js';
import { fromStored, toStored, type Stored } from '../stored-record.js';
import type { Models } from './create-models.js';
import { finder } from './finder.js';

export function visitorRepo(model: Models['visitors']): VisitorRepo {
  const find = finder(model, (doc: Stored<VisitorRecord>) => fromStored<VisitorRecord>(doc));
  return {
    async insert(visitor) {
      await model.create(toStored(visitor));
    },
    update: (id, patch) => find.update(id, patch),
    async addPageView(id, view, keep) {
      // One $push with $slice, not read-modify-write, so two page views at once both land.
      await model.updateOne({ _id: id }, { $push: { pages: { $each: [view], $slice: -keep } } });
    },
    byId: (id) => find.one({ _id: id }),
    firstByExternalId: (siteId, externalId) => find.one({ siteId, externalId }, { createdAt: 1 }),
    async delete(id) {
      const { deletedCount } = await model.deleteOne({ _id: id });
      return deletedCount;
    },
  };
}
