import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, open, readFile, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appendLog } from './append-log.js';
import { openFilesUnder } from './test/support/open-files-under.js';

describe('appendLog', () => {
  let dir: string;
  let file: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cathy-append-'));
    file = join(dir, 'items.db');
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes every append once, in order, and settles each only once its text is in the file', async () => {
    const log = appendLog(file, 0o644);
    const lines = Array.from({ length: 500 }, (_, i) => `line ${i}\n`);
    await Promise.all(
      lines.map((line) => log.append(line).then(() => expect(readFileSync(file, 'utf8')).toContain(line))),
    );
    expect(await readFile(file, 'utf8')).toBe(lines.join(''));
    await log.close();
  });

  it('sends what is appended during a write out together in the next write', async () => {
    const log = appendLog(file, 0o644);
    await log.append('first\n');
    const handle = await open(file, 'r');
    const write = vi.spyOn(Object.getPrototypeOf(handle), 'appendFile');
    await handle.close();
    await Promise.all(Array.from({ length: 100 }, (_, i) => log.append(`${i}\n`)));
    expect(write.mock.calls.map(([text]) => String(text).split('\n').length - 1)).toEqual([1, 99]);
    await log.close();
  });

  it('opens the file by name again after detach, so a file renamed over it gets the next appends', async () => {
    const log = appendLog(file, 0o644);
    await log.append('old\n');
    await log.detach();
    await writeFile(`${file}~`, 'compacted\n');
    await rename(`${file}~`, file);
    await log.append('new\n');
    expect(await readFile(file, 'utf8')).toBe('compacted\nnew\n');
    await log.close();
  });

  it.skipIf(process.platform !== 'linux')('holds the file open between appends and lets go of it on close', async () => {
    const log = appendLog(file, 0o644);
    await log.append('a\n');
    expect(await openFilesUnder(dir)).toEqual([file]);
    await log.close();
    expect(await openFilesUnder(dir)).toEqual([]);
    await log.append('late\n');
    expect(await openFilesUnder(dir)).toEqual([]);
    expect(await readFile(file, 'utf8')).toBe('a\nlate\n');
  });

  it('rejects the appends of a failed write only, and opens the file afresh for the next one', async () => {
    const missing = join(dir, 'not-yet', 'items.db');
    const log = appendLog(missing, 0o644);
    await expect(log.append('lost\n')).rejects.toThrow(/ENOENT/);
    await expect(log.settled()).resolves.toBeUndefined();
    await mkdir(join(dir, 'not-yet'));
    await log.append('kept\n');
    expect(await readFile(missing, 'utf8')).toBe('\nkept\n');
    await log.close();
  });

  it('starts the write after a torn one on a new line, so the part left behind cannot swallow the next line', async () => {
    const log = appendLog(file, 0o644);
    await log.append('{"a":1}\n');
    const handle = await open(file, 'r');
    vi.spyOn(Object.getPrototypeOf(handle), 'appendFile').mockImplementationOnce(async function (this: FileHandle, data) {
      await this.write(String(data).slice(0, 4));
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    await handle.close();
    await expect(log.append('{"b":2}\n')).rejects.toThrow(/ENOSPC/);
    await log.append('{"c":3}\n');
    expect((await readFile(file, 'utf8')).split('\n')).toEqual(['{"a":1}', '{"b"', '{"c":3}', '']);
    await log.close();
  });
});
