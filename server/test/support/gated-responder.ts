import { createOfflineResponder } from '../../conversation/offline/offline-responder.js';
import type { Responder, ResponderChunk, ResponderInput } from '../../conversation/responder.js';

/**
 * The offline responder, except that a reply started while the gate is held yields one delta and then waits for
 * `release()`: a reply caught mid-stream, for as long as a test needs.
 */
export interface GatedResponder extends Responder {
  /** The next reply stops after its first delta until `release`. */
  hold(): void;
  release(): void;
  /** Resolves once a held reply sent its first delta. */
  streaming(): Promise<void>;
}

export const FIRST_DELTA = 'Let me check that';

export function gatedResponder(): GatedResponder {
  const offline = createOfflineResponder();
  let gate: { opened: Promise<void>; open: () => void } | undefined;
  let started: { promise: Promise<void>; resolve: () => void } | undefined;
  return {
    mode: 'offline',
    hold() {
      let open = () => {};
      const opened = new Promise<void>((resolve) => (open = resolve));
      gate = { opened, open };
      let resolve = () => {};
      started = { promise: new Promise<void>((r) => (resolve = r)), resolve };
    },
    release() {
      gate?.open();
      gate = undefined;
    },
    streaming() {
      return started?.promise ?? Promise.reject(new Error('hold() first'));
    },
    async *respond(input: ResponderInput, signal?: AbortSignal): AsyncIterable<ResponderChunk> {
      const held = gate;
      if (held) {
        yield { type: 'delta', text: FIRST_DELTA };
        started?.resolve();
        await held.opened;
        yield { type: 'delta', text: ' for you.' };
      }
      yield* offline.respond(input, signal);
    },
  };
}
