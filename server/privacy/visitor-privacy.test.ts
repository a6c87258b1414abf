import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mailFileName } from '../delivery/mailer.js';
import { makeConversation, makeJob, makeLead, makeVisitor } from '../store/contract/fixtures.js';
import { openEmbeddedStore } from '../store/embedded/open-embedded-store.js';
import type { Store } from '../store/store.js';
import { eraseVisitor } from './visitor-privacy.js';

describe('eraseVisitor', () => {
  let dir: string;
  let store: Store;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cathy-erase-'));
    store = await openEmbeddedStore(dir);
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('removes the .eml files of jobs never marked delivered, and half-written ones, but nobody else’s', async () => {
    const visitor = makeVisitor('site-1');
    const lead = makeLead(makeConversation(visitor));
    const other = makeLead(makeConversation(makeVisitor('site-1')));
    await store.visitors.insert(visitor);
    await store.leads.save(lead);
    // The file was written, then the process died before the job was marked delivered.
    const written = makeJob(lead, { kind: 'email.lead', status: 'processing' });
    const cutShort = makeJob(lead, { kind: 'email.adf' });
    await store.outbox.insertMissing([written, cutShort, makeJob(other)]);
    const mailDir = join(dir, 'outbox-mail');
    await mkdir(mailDir);
    await writeFile(join(mailDir, mailFileName(written.id)), 'Subject: Call now: Maria Lopez');
    await writeFile(join(mailDir, `${mailFileName(cutShort.id)}.1234.tmp`), 'Subject: Call n');
    await writeFile(join(mailDir, mailFileName(`${other.id}:1:email.lead`)), 'Subject: Call now: someone else');

    const counts = await eraseVisitor(store, 'site-1', visitor.id, { dataDir: dir, now: new Date() });

    expect(counts).toMatchObject({ mailFiles: 1, deliveries: 2, leads: 1, visitors: 1 });
    expect(await readdir(mailDir)).toEqual([mailFileName(`${other.id}:1:email.lead`)]);
  });
});
