/**
 * Compile-time test, run by `npm run typecheck`: each `@ts-expect-error` line must fail to compile, or the
 * typecheck fails with "Unused '@ts-expect-error' directive".
 */
import { messageSendSchema, pageViewSchema } from '../../sdk/protocol/schemas.js';
import type { ChatMessage } from '../../sdk/protocol/index.js';
import { eventHandlers, type EventHandlerDeps } from './event-handler.js';
import type { CathyNamespace, CathySocket } from './socket-types.js';

declare const socket: CathySocket;
declare const nsp: CathyNamespace;
declare const deps: EventHandlerDeps;
declare const message: ChatMessage;
const on = eventHandlers(socket, deps);

on('message:send', messageSendSchema, async (payload) => ({ message: { ...message, text: payload.text } }));
// @ts-expect-error: no client event has this name
on('message:sent', messageSendSchema, async () => ({ message }));
// @ts-expect-error: message:send is acknowledged with { message }, not { ok }
on('message:send', messageSendSchema, async () => ({ ok: true as const }));
// @ts-expect-error: the schema must parse message:send's payload, not page:view's
on('message:send', pageViewSchema, async () => ({ message }));

nsp.to('room').emit('typing', { on: true });
// @ts-expect-error: no server event has this name
nsp.to('room').emit('typing:start', { on: true });
// @ts-expect-error: message:done carries { message }
nsp.to('room').emit('message:done', { text: 'hi' });
