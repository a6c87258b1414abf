import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeConversation, makeLead, makeSite, makeVisitor } from '../store/contract/fixtures.js';
import { openEmbeddedStore } from '../store/embedded/open-embedded-store.js';
import type { Store } from '../store/store.js';
import { changePipeline } from './lead-pipeline.js';

describe('changePipeline', () => {
  let dir: string;
  let store: Store;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cathy-pipeline-'));
    store = await openEmbeddedStore(dir);
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps both of two changes made to one lead at once', async () => {
    const site = makeSite();
    await store.sites.insert(site);
    const lead = makeLead(makeConversation(makeVisitor(site.id)));
    await store.leads.save(lead);
    const now = new Date();

    await Promise.all([
      changePipeline(store, { siteId: site.id, leadId: lead.id, patch: { assignee: 'Maria' }, now }),
      changePipeline(store, { siteId: site.id, leadId: lead.id, patch: { notes: 'Wants a test drive' }, now }),
    ]);

    expect((await store.leads.byId(lead.id))?.pipeline).toEqual({ stage: 'new', assignee: 'Maria', notes: 'Wants a test drive', changedAt: now });
    expect((await store.audit.list(site.id)).map((entry) => entry.change?.fields)).toEqual([['assignee'], ['notes']]);
  });
});
