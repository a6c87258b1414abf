import type { Responder } from '../responder.js';
import { composeReply } from './compose-reply.js';

/**
 * Cathy without a language model: a deterministic responder that follows the conversation policy in
 * English and Spanish. It is also the fallback when the model fails, so it never throws for any input.
 *
 * @example
 * const responder = createOfflineResponder();
 * for await (const chunk of responder.respond(input)) if (chunk.type === 'delta') send(chunk.text);
 */
export function createOfflineResponder(): Responder {
  return {
    mode: 'offline',
    async *respond(input, signal) {
      if (signal?.aborted) return;
      const { text, meta } = composeReply(input);
      yield { type: 'delta', text };
      yield { type: 'done', meta };
    },
  };
}
