import type OpenAI from 'openai';
import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';

export class ModelTimeoutError extends Error {
  override name = 'ModelTimeoutError';
  constructor(readonly ms: number) {
    super(`The language model sent nothing for ${ms} ms.`);
  }
}

export interface DeltaOptions {
  /** Longest silence, before the first chunk or between two. */
  timeoutMs: number;
  signal: AbortSignal;
  onUsage: (totalTokens: number) => void;
}

/**
 * The text pieces of a streamed chat completion. The client's own time-out ends when the response
 * headers arrive; a stream that then stalls is cut here after `timeoutMs` of silence. Every wait races
 * the abort itself, so a fetch that ignores its signal once the body has started cannot hang a reply.
 */
export async function* modelDeltas(client: OpenAI, params: ChatCompletionCreateParamsStreaming, options: DeltaOptions): AsyncGenerator<string> {
  const controller = new AbortController();
  let fail: (reason: unknown) => void = () => undefined;
  const stopped = new Promise<never>((_, reject) => (fail = reject));
  // Settled by the abort even when nobody waits on it any more.
  stopped.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const abort = (reason: unknown) => {
    clearTimeout(timer);
    fail(reason);
    controller.abort();
  };
  const rearm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => abort(new ModelTimeoutError(options.timeoutMs)), options.timeoutMs);
  };
  const onAbort = () => abort(options.signal.reason);
  if (options.signal.aborted) onAbort();
  options.signal.addEventListener('abort', onAbort, { once: true });
  rearm();
  try {
    const stream = await Promise.race([client.chat.completions.create(params, { signal: controller.signal }), stopped]);
    const chunks = stream[Symbol.asyncIterator]();
    for (;;) {
      const next = await Promise.race([chunks.next(), stopped]);
      if (next.done) return;
      rearm();
      const chunk = next.value;
      if (chunk.usage) options.onUsage(chunk.usage.total_tokens);
      const content = chunk.choices[0]?.delta?.content;
      if (content) yield content;
    }
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', onAbort);
    controller.abort();
  }
}
