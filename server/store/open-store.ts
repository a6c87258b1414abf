import { openEmbeddedStore } from './embedded/open-embedded-store.js';
import type { Store } from './store.js';

export interface OpenStoreOptions {
  /** When set, data lives in MongoDB and several server processes may share it. */
  mongoUri?: string;
  /** Where the embedded store keeps its files when there is no `mongoUri`. */
  dataDir: string;
}

/**
 * Opens MongoDB when `mongoUri` is set, the embedded file store in `dataDir` otherwise.
 *
 * @example
 * const store = await openStore({ mongoUri: process.env.MONGODB_URI, dataDir: './data' });
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  if (!options.mongoUri) return openEmbeddedStore(options.dataDir);
  // Loaded on demand: a server on the embedded store never pays for loading mongoose.
  const { openMongoStore } = await import('./mongo/open-mongo-store.js');
  return openMongoStore(options.mongoUri);
}
