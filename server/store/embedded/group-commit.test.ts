import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rename, rm, rmdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Datastore from '@seald-io/nedb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCollection, type Collection } from './collection.js';
import { groupCommit } from './group-commit.js';
import { createWriteGuard, type WriteGuard } from './write-guard.js';
import { eventually } from '../../test/support/lead.js';
import { openEmbeddedStore } from './open-embedded-store.js';
import { openFilesUnder } from './test/support/open-files-under.js';

interface Item {
  _id: string;
  n?: number;
  seen?: number[];
}

/** What a process started after a crash would load: the file as it is on disk now, nothing from memory. */
async function loadFromDisk(file: string): Promise<Item[]> {
  const copy = `${file}.copy`;
  await copyFile(file, copy);
  const db = new Datastore<Item>({ filename: copy });
  await db.loadDatabaseAsync();
  return db.getAllData();
}

describe('group commit on an nedb collection', () => {
  let dir: string;
  let file: string;
  let items: Collection<Item>;
  let guard: WriteGuard;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cathy-group-commit-'));
    file = join(dir, 'items.db');
    guard = createWriteGuard();
    items = await openCollection<Item>(dir, 'items', [{ fieldName: 'n', unique: true, sparse: true }], guard);
  });
  afterEach(async () => {
    await items.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps every write made at once, in order, on disk before close and after reopening', async () => {
    const { db } = items;
    await db.insertAsync({ _id: 'list', seen: [] });
    const writes = Array.from({ length: 1000 }, (_, n) =>
      n % 2 ? db.insertAsync({ _id: `item-${n}`, n }) : db.updateAsync({ _id: 'list' }, { $push: { seen: n } }, {}),
    );
    await Promise.all(writes);
    const evens = Array.from({ length: 500 }, (_, i) => i * 2);

    const lengths = (await readFile(file, 'utf8'))
      .split('\n')
      .filter((line) => line.includes('"_id":"list"'))
      .map((line) => (JSON.parse(line) as Item).seen?.length);
    expect(lengths).toEqual(Array.from({ length: 501 }, (_, i) => i));
    const onDisk = await loadFromDisk(file);
    expect(onDisk).toHaveLength(501);
    expect(onDisk.find((doc) => doc._id === 'list')?.seen).toEqual(evens);

    await items.close();
    items = await openCollection<Item>(dir, 'items', [], createWriteGuard());
    expect(await items.db.countAsync({ n: { $exists: true } })).toBe(500);
    expect((await items.db.findOneAsync({ _id: 'list' }))?.seen).toEqual(evens);
  });

  it('settles each write only once its line is in the file', async () => {
    const { db } = items;
    await Promise.all(
      Array.from({ length: 200 }, (_, n) =>
        db.insertAsync({ _id: `item-${n}`, n }).then(() => expect(readFileSync(file, 'utf8')).toContain(`"_id":"item-${n}"`)),
      ),
    );
  });

  it('settles a read that sees a write only once that write is in the file', async () => {
    const { db } = items;
    const write = db.insertAsync({ _id: 'fresh', n: 1 });
    const read = await db.findOneAsync({ _id: 'fresh' });
    expect(read?._id).toBe('fresh');
    expect(readFileSync(file, 'utf8')).toContain('"_id":"fresh"');
    await write;
  });

  it('still reports a duplicate to its writer, after the write it collided with is in the file', async () => {
    const { db } = items;
    const first = db.insertAsync({ _id: 'a', n: 7 });
    await expect(db.insertAsync({ _id: 'b', n: 7 })).rejects.toMatchObject({ errorType: 'uniqueViolated' });
    expect(readFileSync(file, 'utf8')).toContain('"_id":"a"');
    await first;
  });

  it('writes to the new file once compaction has renamed it over the old one', async () => {
    const { db } = items;
    await db.insertAsync({ _id: 'before', n: 1 });
    const { ino } = await stat(file);
    const during = db.insertAsync({ _id: 'during', n: 2 });
    await db.compactDatafileAsync();
    await during;
    await db.insertAsync({ _id: 'after', n: 3 });
    expect((await stat(file)).ino).not.toBe(ino);
    expect((await loadFromDisk(file)).map((doc) => doc._id).sort()).toEqual(['after', 'before', 'during']);
  });

  it('refuses a failed write and every operation that could have seen it, until it reloads memory from the file', async () => {
    const { db } = items;
    await db.insertAsync({ _id: 'kept', n: 1 });
    await db.compactDatafileAsync();
    await rename(file, `${file}.away`);
    await mkdir(file);

    const failed = db.insertAsync({ _id: 'lost', n: 2 });
    const read = db.findOneAsync({ _id: 'lost' });
    await expect(failed).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    await expect(read).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    await expect(db.countAsync({})).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(guard.problem()).toMatch(/cannot write to DATA_DIR \(EISDIR on items\.db\)/);
    // Long enough for a reload attempt (one a second) to fail first, as while a disk stays read-only.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(guard.problem()).toBeDefined();

    await rmdir(file);
    await rename(`${file}.away`, file);
    await eventually(async () => guard.problem(), (problem) => problem === undefined);
    expect(await db.findOneAsync({ _id: 'lost' })).toBeNull();
    await db.insertAsync({ _id: 'after', n: 3 });
    expect((await loadFromDisk(file)).map((doc) => doc._id).sort()).toEqual(['after', 'kept']);
  });

  it('refuses to start, saying how to fix it, when nedb lacks the internals it replaces', () => {
    const db = new Datastore();
    Object.assign(db, { executor: {} });
    expect(() => groupCommit(db, createWriteGuard())).toThrow(/Failed to open the embedded store: @seald-io\/nedb no longer has/);
  });
});

describe.skipIf(process.platform !== 'linux')('the embedded store', () => {
  it('holds its files open while in use and releases them all on close', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cathy-store-files-'));
    const store = await openEmbeddedStore(dir);
    await store.meta.setIfAbsent('tokenSecret', 'secret');
    expect(await openFilesUnder(dir)).toEqual([join(dir, 'meta.db')]);
    await store.close();
    expect(await openFilesUnder(dir)).toEqual([]);
    await rm(dir, { recursive: true, force: true });
  });
});
