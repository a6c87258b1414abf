/**
 * The inbox at 100,000 conversations on one site (and 20,000 on another): the first page, a deep page (a
 * cursor 90,000 rows in), each filter and each kind of search, p50/p99 over repeated runs, through the same
 * `listInbox` the staff route calls (with the per-row visitor, lead and read-mark reads). The data files are
 * written in nedb's own line format and opened as the server opens them, so the boot (load and in-memory
 * inbox order) is timed too. For comparison it times one page as nedb alone would answer it (sort in memory).
 *
 *   npm run bench:inbox
 *   CONVERSATIONS=20000 RUNS=20 npm run bench:inbox
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Datastore from '@seald-io/nedb';
import model from '@seald-io/nedb/lib/model.js';
import { v7 as uuidv7 } from 'uuid';
import type { InboxState } from '../sdk/protocol/index.js';
import { openEmbeddedStore } from '../server/store/embedded/open-embedded-store.js';
import { makeConversation, makeLead, makeVisitor } from '../server/store/contract/fixtures.js';
import type { ConversationRecord } from '../server/store/records.js';
import { withSearchTerms } from '../server/store/search-terms.js';
import { toStored } from '../server/store/stored-record.js';
import { encodeCursor } from '../server/workspace/inbox-cursor.js';
import { listInbox, type InboxRequest } from '../server/workspace/inbox-service.js';
import { ms, summary } from './support/stats.js';

const CONVERSATIONS = Number(process.env.CONVERSATIONS ?? 100_000);
const OTHER_SITE = Math.round(CONVERSATIONS / 5);
const RUNS = Number(process.env.RUNS ?? 50);
const NOW = new Date('2026-06-01T12:00:00Z');
const FIRST = ['Ana', 'Bob', 'Carla', 'Diego', 'Elena', 'Frank', 'Gina', 'Hugo', 'Iris', 'Jorge'];
const LAST = ['García', 'Smith', 'Lopez', 'Nguyen', 'Brown', 'Rossi', 'Kim', 'Silva', 'Patel', 'Müller'];
const VEHICLES = [
  { text: '2019 Honda CR-V', make: 'Honda', model: 'CR-V', year: 2019 },
  { text: 'Toyota Tacoma', make: 'Toyota', model: 'Tacoma' },
  { text: '2021 Ford F-150', make: 'Ford', model: 'F-150', year: 2021 },
  { text: 'Jeep Wrangler', make: 'Jeep', model: 'Wrangler' },
];

/** One conversation of `i`: activity spread over 90 days, a name on half, a phone on a third, 1 in 10 with a lead. */
function conversationOf(siteId: string, i: number) {
  const visitor = makeVisitor(siteId, { createdAt: new Date(NOW.getTime() - 100 * 86_400_000) });
  const at = new Date(NOW.getTime() - Math.floor((i * 7919) % (90 * 86_400)) * 1000);
  const named = i % 2 === 0;
  const conversation: ConversationRecord = makeConversation(visitor, {
    facts: {
      ...(named && { firstName: FIRST[i % FIRST.length], lastName: LAST[(i >> 3) % LAST.length] }),
      ...(i % 3 === 0 && { phone: `+1312555${String(i % 10_000).padStart(4, '0')}` }),
      ...(i % 5 === 0 && { email: `shopper${i}@mail.example` }),
      ...(i % 4 !== 3 && { vehicle: VEHICLES[i % VEHICLES.length] }),
    },
    createdAt: new Date(at.getTime() - 600_000),
    updatedAt: at,
    activity: { at, visitorAt: at, count: 6, last: { role: 'visitor', text: 'Is it still available?', at } },
  });
  if (i % 97 === 0) conversation.state = { ...conversation.state, humanRequested: true };
  const lead = i % 10 === 0 ? makeLead(conversation, { createdAt: at, updatedAt: at }) : undefined;
  if (lead) conversation.leadId = lead.id;
  return { visitor, conversation: withSearchTerms(conversation), lead };
}

async function seed(dir: string): Promise<{ siteId: string; deep: string }> {
  const siteId = uuidv7();
  const lines = { visitors: [] as string[], conversations: [] as string[], leads: [] as string[] };
  const rows: ConversationRecord[] = [];
  for (const [site, count] of [[siteId, CONVERSATIONS], [uuidv7(), OTHER_SITE]] as const) {
    for (let i = 0; i < count; i++) {
      const { visitor, conversation, lead } = conversationOf(site, i);
      lines.visitors.push(model.serialize(toStored(visitor)));
      lines.conversations.push(model.serialize(toStored(conversation)));
      if (lead) lines.leads.push(model.serialize(toStored(lead)));
      if (site === siteId) rows.push(conversation);
    }
  }
  for (const [name, content] of Object.entries(lines)) await writeFile(path.join(dir, `${name}.db`), `${content.join('\n')}\n`);
  rows.sort((a, b) => b.activity!.at.getTime() - a.activity!.at.getTime() || (a.id < b.id ? 1 : -1));
  const row = rows[Math.floor(CONVERSATIONS * 0.9)]!;
  return { siteId, deep: encodeCursor({ at: row.activity!.at, id: row.id }) };
}

async function time(label: string, run: () => Promise<unknown>): Promise<void> {
  const samples: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = await run();
    samples.push(performance.now() - start);
    rows = Array.isArray(result) ? result.length : ((result as { items?: unknown[] }).items?.length ?? 0);
  }
  const { p50, p99 } = summary(samples);
  console.log(`${label.padEnd(38)} p50 ${ms(p50).padStart(10)}  p99 ${ms(p99).padStart(10)}  (${rows} rows)`);
}

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cathy-inbox-'));
  try {
    const { siteId, deep } = await seed(dir);
    const opening = performance.now();
    const store = await openEmbeddedStore(dir);
    console.log(`embedded store: ${CONVERSATIONS} conversations on the site, ${OTHER_SITE} on another; opened in ${ms(performance.now() - opening)}`);
    const base: InboxRequest = { siteId, staffId: 'bench-staff', limit: 50, now: NOW };
    const page = (extra: Partial<InboxRequest>) => () => listInbox(store, { ...base, ...extra });
    await time('first page', page({}));
    await time('deep page (90% in, by cursor)', page({ cursor: deep }));
    for (const state of ['active', 'waiting', 'lead', 'quiet'] as InboxState[]) await time(`state=${state}`, page({ state }));
    await time('hasLead=true', page({ hasLead: true }));
    await time('date range (one week, 30 days back)', page({ from: new Date(NOW.getTime() - 37 * 86_400_000), to: new Date(NOW.getTime() - 30 * 86_400_000) }));
    await time('search name "garcía"', page({ q: 'garcía' }));
    await time('search name "ana garcía"', page({ q: 'ana garcía' }));
    await time('search phone last 4 "0420"', page({ q: '0420' }));
    await time('search email "shopper4240@mail…"', page({ q: 'shopper4240@mail.example' }));
    await time('search vehicle "tacoma"', page({ q: 'tacoma' }));
    await time('search with no match "zzzz"', page({ q: 'zzzz' }));
    await store.close();

    const plain = new Datastore({ filename: path.join(dir, 'conversations.db') });
    await plain.loadDatabaseAsync();
    await plain.ensureIndexAsync({ fieldName: 'siteId' });
    const runs = Math.min(RUNS, 10);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await plain.findAsync({ siteId }).sort({ 'activity.at': -1, _id: -1 }).limit(50);
      samples.push(performance.now() - start);
    }
    const { p50, p99 } = summary(samples);
    console.log(`${'for comparison: nedb sort, 1st page'.padEnd(38)} p50 ${ms(p50).padStart(10)}  p99 ${ms(p99).padStart(10)}  (${runs} runs)`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
