import type { z } from 'zod';
import type { AckResult } from '../../sdk/protocol/index.js';
import { parseOrThrow, toErrorBody } from '../errors/app-error.js';
import type { Logger } from '../logging/logger.js';
import type { Metrics } from '../metrics/metrics.js';
import type { RateLimits } from '../security/rate-limits.js';
import { guardPayload } from './payload-guard.js';
import type { CathySocket, ClientEventName, PayloadOf, ResultOf } from './socket-types.js';

export interface EventHandlerDeps {
  limits: RateLimits;
  metrics: Metrics;
  logger: Logger;
}

/**
 * `on(event, schema, handle)` for one socket: the event name, the payload `handle` gets and the result it must
 * return all come from `ClientToServerEvents`. Every payload is size-checked, rate-limited and validated before
 * `handle` sees it; failures are acknowledged as `{ error }`.
 */
export function eventHandlers(socket: CathySocket, deps: EventHandlerDeps) {
  return <E extends ClientEventName>(
    event: E,
    schema: z.ZodType<PayloadOf<E>>,
    handle: (payload: PayloadOf<E>) => Promise<ResultOf<E>>,
  ) => {
    // Typed as the protocol says, read as untrusted: a client may send anything, or no acknowledgement at all.
    const listener = async (...args: unknown[]) => {
      const last = args.at(-1);
      const ack = typeof last === 'function' ? (result: AckResult<ResultOf<E>>) => last(result) : undefined;
      const started = performance.now();
      try {
        const payload = typeof args[0] === 'function' ? undefined : args[0];
        guardPayload(payload);
        await deps.limits.ip(socket.data.ip);
        const result = await handle(parseOrThrow(schema, payload, `${event} payload`));
        ack?.(result);
        deps.metrics.ackLatency.observe({ event }, (performance.now() - started) / 1000);
      } catch (error) {
        const body = toErrorBody(error);
        deps.metrics.errors.inc({ code: body.code, transport: 'socket' });
        if (body.code === 'INTERNAL_ERROR') deps.logger.error({ err: error, event }, 'socket handler failed');
        ack?.({ error: body });
      }
    };
    // Socket.IO cannot resolve its listener type for a generic name; as one of the names, the listener fits them all.
    const name: ClientEventName = event;
    socket.on(name, listener);
  };
}
