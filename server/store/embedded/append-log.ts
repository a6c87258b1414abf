import { appendFile, open, type FileHandle } from 'node:fs/promises';

/**
 * Appends to one file through a handle kept open, one write at a time: what is appended while a write is
 * under way goes out together in the next one (group commit), in the order it was appended.
 */
export interface AppendLog {
  /**
   * Settles once `text` is written to the file or the write failed. Written means what `fs.appendFile` means
   * (handed to the OS, no fsync): it survives the process crashing, not the machine losing power.
   */
  append(text: string): Promise<void>;
  /** Settles, never rejecting, once everything appended so far is written or failed. */
  settled(): Promise<void>;
  /** Waits for every append, then closes the file, so the next append opens whatever file has the name then. */
  detach(): Promise<void>;
  /** Like `detach`, and any later append opens and closes the file itself rather than hold it open again. */
  close(): Promise<void>;
}

interface Batch {
  text: string;
  written: Promise<void>;
  resolve(): void;
  reject(error: unknown): void;
}

const ignore = () => undefined;

function newBatch(): Batch {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const written = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Appenders hear of a failure through their own promise; this keeps one nobody awaits from crashing the process.
  written.catch(ignore);
  return { text: '', written, resolve, reject };
}

/**
 * @example
 * const log = appendLog('./data/messages.db', 0o644);
 * await Promise.all([log.append('{"a":1}\n'), log.append('{"b":2}\n')]);
 * await log.close();
 */
export function appendLog(path: string, mode: number): AppendLog {
  let queued = newBatch();
  let inFlight: Promise<void> | undefined;
  let handle: Promise<FileHandle> | undefined;
  let closed = false;
  let torn = false;

  async function release(): Promise<void> {
    const current = handle;
    handle = undefined;
    if (current) await (await current).close();
  }

  async function write(text: string): Promise<void> {
    // A failed write may have left part of a line; starting on a new line keeps it from swallowing the next
    // one (nedb skips blank lines and drops the torn one as corrupt).
    const data = torn ? `\n${text}` : text;
    try {
      if (closed) await appendFile(path, data, { encoding: 'utf8', mode });
      else await (await (handle ??= open(path, 'a', mode))).appendFile(data, 'utf8');
      torn = false;
    } catch (error) {
      torn = true;
      // The next write opens the file afresh, as each of nedb's appends did; the write's error is the one to report.
      await release().catch(ignore);
      throw error;
    }
  }

  async function drain(): Promise<void> {
    while (queued.text !== '') {
      const batch = queued;
      queued = newBatch();
      inFlight = batch.written;
      await write(batch.text).then(batch.resolve, batch.reject);
    }
    inFlight = undefined;
  }

  function settled(): Promise<void> {
    const last = queued.text !== '' ? queued.written : inFlight;
    return last ? last.then(ignore, ignore) : Promise.resolve();
  }

  async function detach(): Promise<void> {
    await settled();
    await release();
  }

  return {
    append(text) {
      if (text === '') return Promise.resolve();
      const batch = queued;
      batch.text += text;
      if (!inFlight) void drain();
      return batch.written;
    },
    settled,
    detach,
    close() {
      closed = true;
      return detach();
    },
  };
}
