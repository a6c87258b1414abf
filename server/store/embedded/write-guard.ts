import { basename } from 'node:path';
import { AppError } from '../../errors/app-error.js';

/**
 * What the embedded store knows about its files being writable. nedb changes its memory before it writes
 * the file, so after a failed write memory holds what the disk does not. A collection in that state is
 * `broken`: it refuses every operation (fail closed, so nothing unpersisted is ever served) until it has
 * reloaded its memory from its file and written the file again (see group-commit.ts).
 */
export interface WriteGuard {
  /** Marks a collection broken by a failed write of `file`. */
  broke(file: string, error: unknown): void;
  /** The collection reloaded from disk and wrote again. */
  mended(file: string): void;
  /** Throws the store's refusal when `file`'s collection is broken. */
  check(file: string): void;
  /** Why the store cannot write, or undefined when it can; `/readyz` reports it. */
  problem(): string | undefined;
  /** The refusal operations get, also for one that ran while a failed write's change was in memory. */
  refusal(file: string): AppError;
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'write failed';
}

/** @example const guard = createWriteGuard(); guard.check(file); */
export function createWriteGuard(): WriteGuard {
  const broken = new Map<string, string>();
  const problem = () => {
    const [file, code] = [...broken][0] ?? [];
    return file ? `the embedded store cannot write to DATA_DIR (${code} on ${basename(file)})` : undefined;
  };
  const refusal = (file: string) =>
    new AppError('UNAVAILABLE', `Storage is unavailable (${broken.get(file) ?? 'write failed'}); nothing was saved. Try again shortly.`);
  return {
    broke: (file, error) => void broken.set(file, codeOf(error)),
    mended: (file) => void broken.delete(file),
    check(file) {
      if (broken.has(file)) throw refusal(file);
    },
    problem,
    refusal,
  };
}
