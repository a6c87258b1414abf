export interface CoalesceOptions {
  /** Flush once this many characters wait. */
  minChars?: number;
  /** Flush what waits after this long, even if it is short. */
  maxWaitMs?: number;
}

const IDLE = Symbol('idle');

/**
 * Groups a model's tokens into fewer, larger pieces: one socket emit per token costs several times the
 * CPU of one per few tokens (docs/architecture.md, performance notes). The first piece goes out at once, since
 * the time to the first word is what a visitor feels; after that, a piece leaves at `minChars` characters or `maxWaitMs`.
 *
 * @example for await (const piece of coalesce(tokens, { minChars: 24, maxWaitMs: 40 })) emit(piece);
 */
export async function* coalesce(source: AsyncIterable<string>, options: CoalesceOptions = {}): AsyncGenerator<string> {
  const minChars = options.minChars ?? 24;
  const maxWaitMs = options.maxWaitMs ?? 40;
  const iterator = source[Symbol.asyncIterator]();
  let buffer = '';
  let first = true;
  let waitingSince = 0;
  // A pending `next()` survives a flush on time-out: the token it brings must not be lost.
  let pending: Promise<IteratorResult<string>> | undefined;
  let finished = false;
  try {
    for (;;) {
      pending ??= iterator.next();
      let timer: NodeJS.Timeout | undefined;
      const result = buffer
        ? await Promise.race([
            pending,
            new Promise<typeof IDLE>((resolve) => {
              timer = setTimeout(() => resolve(IDLE), Math.max(0, waitingSince + maxWaitMs - Date.now()));
            }),
          ])
        : await pending;
      clearTimeout(timer);
      if (result === IDLE) {
        yield buffer;
        buffer = '';
        continue;
      }
      pending = undefined;
      if (result.done) {
        finished = true;
        if (buffer) yield buffer;
        return;
      }
      if (!result.value) continue;
      if (first) {
        first = false;
        yield result.value;
        continue;
      }
      if (!buffer) waitingSince = Date.now();
      buffer += result.value;
      if (buffer.length >= minChars) {
        yield buffer;
        buffer = '';
      }
    }
  } finally {
    if (!finished) {
      // Stopped early (a guardrail, an error): the token still on its way must not become an unhandled
      // rejection. `return` is not awaited: a source busy awaiting its own input answers only after that,
      // so the caller aborts the source itself.
      pending?.catch(() => undefined);
      void iterator.return?.()?.catch(() => undefined);
    }
  }
}
