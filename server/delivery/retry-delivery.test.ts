import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../store/embedded/open-embedded-store.js';
import type { Store } from '../store/store.js';
import { retryDelivery } from './retry-delivery.js';
import { CREATED, testLead } from './test-lead.js';

describe('retryDelivery', () => {
  let dir: string;
  let store: Store;
  const lead = testLead();
  const id = `${lead.id}:1:email.lead`;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cathy-retry-'));
    store = await openEmbeddedStore(dir);
    await store.leads.save(lead);
    const job = { id, siteId: 'site-1', leadId: lead.id, visitorId: lead.visitorId, kind: 'email.lead', event: 'lead.created', leadVersion: 1 } as const;
    await store.outbox.insertMissing([{ ...job, status: 'failed', attempts: 9, nextAttemptAt: CREATED, createdAt: CREATED, updatedAt: CREATED }]);
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('puts a dead letter back once when two retries race, with a fresh age and backoff', async () => {
    const now = new Date('2025-03-05T00:00:00Z');
    const results = await Promise.allSettled([retryDelivery(store, 'site-1', id, now), retryDelivery(store, 'site-1', id, now)]);

    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
    expect(await store.outbox.byId(id)).toMatchObject({ status: 'pending', attempts: 0, retriedAt: now, nextAttemptAt: now });
  });
});
