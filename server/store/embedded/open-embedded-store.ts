import { mkdir } from 'node:fs/promises';
import type { Store } from '../store.js';
import { auditIndexes, auditRepo, type AuditDoc } from './audit-repo.js';
import { openCollection } from './collection.js';
import { lockDataDir } from './data-dir-lock.js';
import { conversationIndexes, conversationRepo, type ConversationDoc } from './conversation-repo.js';
import { leadIndexes, leadRepo, type LeadDoc } from './lead-repo.js';
import { messageIndexes, messageRepo, type MessageDoc } from './message-repo.js';
import { metaRepo, type MetaDoc } from './meta-repo.js';
import { noteIndexes, noteRepo, readMarkIndexes, readMarkRepo, type NoteDoc, type ReadMarkDoc } from './note-repo.js';
import { outboxIndexes, outboxRepo, type OutboxDoc } from './outbox-repo.js';
import { staffLinkIndexes, staffLinkRepo, type StaffLinkDoc } from './staff-link-repo.js';
import { staffIndexes, staffRepo, type StaffDoc } from './staff-repo.js';
import { staffSessionIndexes, staffSessionRepo, type StaffSessionDoc } from './staff-session-repo.js';
import { siteIndexes, siteRepo, type SiteDoc } from './site-repo.js';
import { visitorIndexes, visitorRepo, type VisitorDoc } from './visitor-repo.js';
import { createWriteGuard } from './write-guard.js';

/** nedb appends every write to its file; compacting every 10 minutes keeps the file near the live data. */
const AUTOCOMPACTION_MS = 10 * 60_000;

/**
 * Opens the file-backed store: one nedb file per collection in `dataDir` (created if missing).
 * Single process only: nedb keeps every collection in memory and serialises writes in-process, which is
 * what makes message idempotency and outbox claims atomic here. Use MongoDB to run several processes.
 *
 * @example
 * const store = await openEmbeddedStore('./data');
 * await store.meta.setIfAbsent('tokenSecret', randomSecret());
 * await store.close();
 */
export async function openEmbeddedStore(dataDir: string): Promise<Store> {
  await mkdir(dataDir, { recursive: true });
  const lock = await lockDataDir(dataDir);
  const guard = createWriteGuard();
  const opened = Promise.all([
    openCollection<SiteDoc>(dataDir, 'sites', siteIndexes, guard),
    openCollection<VisitorDoc>(dataDir, 'visitors', visitorIndexes, guard),
    openCollection<ConversationDoc>(dataDir, 'conversations', conversationIndexes, guard),
    openCollection<MessageDoc>(dataDir, 'messages', messageIndexes, guard),
    openCollection<LeadDoc>(dataDir, 'leads', leadIndexes, guard),
    openCollection<OutboxDoc>(dataDir, 'outbox', outboxIndexes, guard),
    openCollection<AuditDoc>(dataDir, 'audit', auditIndexes, guard),
    openCollection<MetaDoc>(dataDir, 'meta', [], guard),
    openCollection<NoteDoc>(dataDir, 'notes', noteIndexes, guard),
    openCollection<ReadMarkDoc>(dataDir, 'read-marks', readMarkIndexes, guard),
    openCollection<StaffDoc>(dataDir, 'staff', staffIndexes, guard),
    openCollection<StaffSessionDoc>(dataDir, 'staff-sessions', staffSessionIndexes, guard),
    openCollection<StaffLinkDoc>(dataDir, 'staff-links', staffLinkIndexes, guard),
  ]);
  const [sites, visitors, conversations, messages, leads, outbox, audit, meta, notes, readMarks, staff, staffSessions, staffLinks] = await opened.catch(
    async (error: unknown) => {
      await lock.release();
      throw error;
    },
  );
  const all = [sites, visitors, conversations, messages, leads, outbox, audit, meta, notes, readMarks, staff, staffSessions, staffLinks];
  // Started once every file loaded, so a failed open leaves no timer holding the process open.
  for (const { db } of all) db.setAutocompactionInterval(AUTOCOMPACTION_MS);
  let closed = false;
  return {
    kind: 'embedded',
    sites: siteRepo(sites.db),
    visitors: visitorRepo(visitors.db),
    conversations: conversationRepo(conversations.db),
    messages: messageRepo(messages.db),
    leads: leadRepo(leads.db),
    outbox: outboxRepo(outbox.db),
    audit: auditRepo(audit.db),
    meta: metaRepo(meta.db),
    notes: noteRepo(notes.db),
    readMarks: readMarkRepo(readMarks.db),
    staff: staffRepo(staff.db),
    staffSessions: staffSessionRepo(staffSessions.db),
    staffLinks: staffLinkRepo(staffLinks.db),
    async ping() {
      if (closed) throw new Error('[Cathy] Failed to use the embedded store: it is closed. Open it again.');
      const problem = guard.problem();
      if (problem) throw new Error(`${problem}; it refuses that data until a write succeeds again`);
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all(all.map((collection) => collection.close()));
      await lock.release();
    },
  };
}
