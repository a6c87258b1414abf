import mongoose from 'mongoose';
import type { Store } from '../store.js';
import { auditRepo } from './audit-repo.js';
import { conversationRepo } from './conversation-repo.js';
import { createModels } from './create-models.js';
import { leadRepo } from './lead-repo.js';
import { messageRepo } from './message-repo.js';
import { metaRepo } from './meta-repo.js';
import { noteRepo, readMarkRepo } from './note-repo.js';
import { outboxRepo } from './outbox-repo.js';
import { siteRepo } from './site-repo.js';
import { staffLinkRepo, staffRepo, staffSessionRepo } from './staff-repo.js';
import { visitorRepo } from './visitor-repo.js';

const CONNECT_TIMEOUT_MS = 10_000;

/** The URI's hosts without credentials, for error messages. */
function hostsOf(uri: string): string {
  return /^mongodb(?:\+srv)?:\/\/(?:[^@/]*@)?([^/?]+)/.exec(uri)?.[1] ?? 'the configured URI';
}

/**
 * Opens the MongoDB store on its own connection (never mongoose's global one) and makes the indexes match
 * the schemas before returning, since message idempotency relies on a unique index.
 *
 * @example
 * const store = await openMongoStore('mongodb://localhost:27017/cathy');
 * await store.ping();
 * await store.close();
 */
export async function openMongoStore(uri: string): Promise<Store> {
  // autoIndex off: `syncIndexes` below builds the indexes and awaits them. Automatic builds would run
  // alongside it unawaited and fail with an options conflict while an index is being redefined.
  const connection = await mongoose
    .createConnection(uri, { autoIndex: false, serverSelectionTimeoutMS: CONNECT_TIMEOUT_MS })
    .asPromise()
    .catch((error: unknown) => {
      throw new Error(
        `[Cathy] Failed to connect to MongoDB at ${hostsOf(uri)}: ${(error as Error).message}. ` +
          'Check MONGODB_URI and that the server is reachable, or unset it to use the embedded store.',
      );
    });
  const models = createModels(connection);
  try {
    await Promise.all(Object.values(models).map((model) => model.syncIndexes()));
  } catch (error) {
    await connection.close();
    throw error;
  }
  return {
    kind: 'mongo',
    sites: siteRepo(models.sites),
    visitors: visitorRepo(models.visitors),
    conversations: conversationRepo(models.conversations),
    messages: messageRepo(models.messages),
    leads: leadRepo(models.leads),
    outbox: outboxRepo(models.outbox),
    audit: auditRepo(models.audit),
    meta: metaRepo(models.meta),
    notes: noteRepo(models.notes),
    readMarks: readMarkRepo(models.readMarks),
    staff: staffRepo(models.staff),
    staffSessions: staffSessionRepo(models.staffSessions),
    staffLinks: staffLinkRepo(models.staffLinks),
    async ping() {
      const db = connection.db;
      if (!db) throw new Error('[Cathy] Failed to reach MongoDB: the connection is closed. Open the store again.');
      await db.command({ ping: 1 });
    },
    close: () => connection.close(),
  };
}
