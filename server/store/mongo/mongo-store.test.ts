import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { describe } from 'vitest';
import { storeContract } from '../contract.js';
import { openMongoStore } from './open-mongo-store.js';

const baseUri = process.env.MONGODB_URI;

/** The same server, a database of its own: each test starts empty and never touches real data. */
function uniqueDatabaseUri(uri: string): string {
  // Not `new URL`: a replica set URI lists several hosts ("a:27017,b:27017"), which URL cannot parse.
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/([^?]*))?(?:\?(.*))?$/.exec(uri);
  if (!match?.[1]) throw new Error('[Cathy] Failed to run the mongo store tests: MONGODB_URI is not a mongodb:// URI.');
  const [, hosts, database, query] = match;
  const params = new URLSearchParams(query);
  // Credentials are checked against the URI's database unless authSource names one: keep checking there.
  if (hosts.includes('@') && !params.has('authSource')) params.set('authSource', database || 'admin');
  const search = params.size > 0 ? `?${params}` : '';
  return `${hosts}/cathy_test_${randomUUID().replaceAll('-', '')}${search}`;
}

async function dropDatabase(uri: string): Promise<void> {
  const connection = await mongoose.createConnection(uri).asPromise();
  try {
    await connection.dropDatabase();
  } finally {
    await connection.close();
  }
}

describe.skipIf(!baseUri)('mongo store (set MONGODB_URI to run)', () => {
  storeContract('mongo store', async () => {
    const uri = uniqueDatabaseUri(baseUri ?? '');
    return {
      store: await openMongoStore(uri),
      reopen: () => openMongoStore(uri),
      cleanup: () => dropDatabase(uri),
    };
  });
});
