import type { SiteRecord } from '../records.js';
import { siteReads } from '../site-reads.js';
import type { SiteRepo } from '../store.js';
import type { Models } from './create-models.js';
import { recordCollection } from './record-collection.js';

export function siteRepo(model: Models['sites']): SiteRepo {
  const { find, insert } = recordCollection<SiteRecord>(model);
  return {
    ...siteReads(find),
    insert,
    update: (id, patch) => find.update(id, patch),
    count: () => model.countDocuments(),
  };
}
