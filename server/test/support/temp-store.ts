import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openEmbeddedStore } from '../../store/embedded/open-embedded-store.js';
import type { Store } from '../../store/store.js';

/**
 * A fresh embedded store in its own temporary directory for each test of the calling `describe`, closed and
 * removed after it. Read `store` and `dir` inside the tests (they change from test to test).
 */
export function useTempStore(prefix: string): { readonly store: Store; readonly dir: string } {
  let dir = '';
  let store: Store | undefined;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
    store = await openEmbeddedStore(dir);
  });
  afterEach(async () => {
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });
  return {
    get store() {
      if (!store) throw new Error('[Cathy] Failed to read the temporary store: use it inside a test.');
      return store;
    },
    get dir() {
      return dir;
    },
  };
}
