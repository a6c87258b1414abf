import type { VisitorRecord } from '../records.js';
import type { VisitorRepo } from '../store.js';
import { visitorReads } from '../visitor-reads.js';
import type { Models } from './create-models.js';
import { recordCollection } from './record-collection.js';

export function visitorRepo(model: Models['visitors']): VisitorRepo {
  const { find, insert } = recordCollection<VisitorRecord>(model);
  return {
    ...visitorReads(find),
    insert,
    update: (id, patch) => find.update(id, patch),
    async addPageView(id, view, keep) {
      // One $push with $slice, not read-modify-write, so two page views at once both land.
      await model.updateOne({ _id: id }, { $push: { pages: { $each: [view], $slice: -keep } } });
    },
    async delete(id) {
      const { deletedCount } = await model.deleteOne({ _id: id });
      return deletedCount;
    },
  };
}
