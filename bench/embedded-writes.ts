/**
 * The embedded store alone: many conversations each running message turns back to back (4 writes and
 * 4 reads over two nedb files per turn, like sendMessage + the reply pipeline), on nedb as it is and with
 * the store's group commit, alternated twice because the cores are shared.
 *
 *   npx tsx bench/embedded-writes.ts
 *   CONVERSATIONS=50 DURATION_S=3 npx tsx bench/embedded-writes.ts
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Datastore from '@seald-io/nedb';
import { groupCommit } from '../server/store/embedded/group-commit.js';
import { createWriteGuard } from '../server/store/embedded/write-guard.js';
import { ms, summary } from './support/stats.js';

const CONVERSATIONS = Number(process.env.CONVERSATIONS ?? 200);
const DURATION_S = Number(process.env.DURATION_S ?? 5);

interface Doc {
  _id: string;
  [field: string]: unknown;
}

async function open(dir: string, name: string, grouped: boolean) {
  const db = new Datastore<Doc>({ filename: path.join(dir, `${name}.db`) });
  await db.loadDatabaseAsync();
  await db.ensureIndexAsync({ fieldName: 'conversationId' });
  await db.ensureIndexAsync({ fieldName: 'clientKey', sparse: true });
  const log = grouped ? groupCommit(db, createWriteGuard()) : undefined;
  return { db, close: async () => log?.close() };
}

async function run(grouped: boolean) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cathy-writes-'));
  const files = [await open(dir, 'messages', grouped), await open(dir, 'conversations', grouped)] as const;
  const [{ db: messages }, { db: conversations }] = files;
  const turns: number[] = [];
  const end = Date.now() + DURATION_S * 1000;
  let seq = 0;
  await Promise.all(
    Array.from({ length: CONVERSATIONS }, async (_, c) => {
      const conversationId = `c${c}`;
      await conversations.insertAsync({ _id: conversationId, turn: 0 });
      while (Date.now() < end) {
        const started = performance.now();
        const id = `m${seq++}`;
        await messages.findOneAsync({ clientKey: id });
        await messages.insertAsync({ _id: id, conversationId, seq: id, text: 'hello there, I am looking for a used truck' });
        await Promise.all([messages.findOneAsync({ conversationId, replyTo: id }), conversations.findOneAsync({ _id: conversationId })]);
        await Promise.all([
          conversations.updateAsync({ _id: conversationId }, { $set: { facts: { step: seq } } }, {}),
          messages.findAsync({ conversationId }).sort({ seq: -1 }).limit(20),
        ]);
        await messages.insertAsync({ _id: `r${id}`, conversationId, seq: `r${id}`, replyTo: id, text: 'Happy to help with that.' });
        await conversations.updateAsync({ _id: conversationId }, { $inc: { turn: 1 } }, {});
        turns.push(performance.now() - started);
      }
    }),
  );
  for (const file of files) await file.close();
  await rm(dir, { recursive: true, force: true });
  const { p50, p99 } = summary(turns);
  return `| ${grouped ? 'group commit' : 'nedb as is'} | ${Math.round(turns.length / DURATION_S).toLocaleString('en-US')} | ${ms(p50)} | ${ms(p99)} |`;
}

console.log(`${CONVERSATIONS} conversations, each running message turns back to back for ${DURATION_S} s; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
console.log('| embedded store | message turns/s | turn p50 | turn p99 |\n| --- | --- | --- | --- |');
for (const grouped of [false, true, false, true]) console.log(await run(grouped));
