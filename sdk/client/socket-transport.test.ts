// @vitest-environment node
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket } from 'socket.io';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NAMESPACE, type ClientToServerEvents, type ServerToClientEvents, type VisitorTypingPayload } from '../protocol/index.js';
import { createSocketTransport } from './socket-transport.js';
import type { ServerEvent, Transport } from './transport.js';
import { SESSION } from './test/support/session-fixture.js';
import { TAKEOVER_EVENTS } from './test/support/takeover-events.js';

type ServerSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

/** A real Socket.IO server on the visitor namespace that starts every session and remembers the typing it hears. */
async function visitorServer() {
  const http = createServer();
  const io = new Server(http);
  const sockets: ServerSocket[] = [];
  const typing: VisitorTypingPayload[] = [];
  io.of(NAMESPACE).on('connection', (socket: ServerSocket) => {
    sockets.push(socket);
    socket.on('session:start', (_payload, ack) => ack(SESSION));
    socket.on('typing', (payload) => typing.push(payload));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => void io.close());
  return { url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`, sockets, typing };
}

async function openTransport(url: string): Promise<{ transport: Transport; events: ServerEvent[] }> {
  const events: ServerEvent[] = [];
  const transport = createSocketTransport(
    { serverUrl: url, connectTimeoutMs: 2_000, ackTimeoutMs: 2_000 },
    { onEvent: (event) => events.push(event), onGap: () => {}, onDown: () => {}, onError: () => {} },
  );
  cleanups.push(() => transport.close());
  expect((await transport.open({ auth: { siteKey: 'pk_test' }, session: { page: { url: 'https://dealer.example/' } } })).kind).toBe('session');
  return { transport, events };
}

describe('the socket transport during a takeover', () => {
  it("passes on a person joining, their typing and message, Cathy's cancelled draft and the person leaving", async () => {
    const server = await visitorServer();
    const { events } = await openTransport(server.url);
    for (const event of TAKEOVER_EVENTS) (server.sockets[0]!.emit as (name: string, payload: unknown) => void)(event.name, event.payload);
    await vi.waitFor(() => expect(events).toEqual(TAKEOVER_EVENTS));
  });

  it("tells the server when the visitor types or stops", async () => {
    const server = await visitorServer();
    const { transport } = await openTransport(server.url);
    transport.typing(true);
    transport.typing(false);
    await vi.waitFor(() => expect(server.typing).toEqual([{ on: true }, { on: false }]));
  });
});
