import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContract } from '../contract.js';
import { openEmbeddedStore } from './open-embedded-store.js';

storeContract('embedded store', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'cathy-store-'));
  return {
    store: await openEmbeddedStore(dataDir),
    reopen: () => openEmbeddedStore(dataDir),
    cleanup: () => rm(dataDir, { recursive: true, force: true }),
  };
});
