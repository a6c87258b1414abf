import type { Store } from '../store.js';

/** What an adapter's test gives the contract for each test: a fresh, empty store. */
export interface StoreHandle {
  store: Store;
  /** Opens the same data again after the contract closed `store`. */
  reopen?: () => Promise<Store>;
  /** Removes the data; runs after the contract closed the store. */
  cleanup: () => Promise<void>;
}

export interface ContractContext {
  /** The open store of the running test. */
  readonly store: Store;
  /** Closes the store and opens the same data again; null when the adapter cannot. */
  readonly reopen: (() => Promise<Store>) | null;
}
