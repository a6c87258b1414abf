import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket } from 'socket.io';
import { afterEach, describe, expect, it } from 'vitest';
import type { StaffClientToServerEvents, StaffServerToClientEvents } from '../../sdk/protocol/index.js';
import { connectStaffSocket, type StaffSocket } from './staff-socket.js';

type ServerSocket = Socket<StaffClientToServerEvents, StaffServerToClientEvents>;

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

/** A real Socket.IO server with the staff namespace, acknowledging every watch and remembering it. */
async function staffServer() {
  const http = createServer();
  const io = new Server(http);
  const watches: string[] = [];
  const presence: string[] = [];
  const sockets: ServerSocket[] = [];
  io.of('/v1/staff').on('connection', (socket: ServerSocket) => {
    sockets.push(socket);
    socket.on('conversation:watch', ({ conversationId }, ack) => {
      watches.push(conversationId);
      ack({ ok: true });
    });
    socket.on('presence:set', ({ status }) => presence.push(status));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => void io.close());
  return { url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`, io, watches, presence, sockets };
}

function connectTo(url: string): StaffSocket {
  const socket = connectStaffSocket(url);
  cleanups.push(() => socket.close());
  return socket;
}

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('staff socket', () => {
  it('resolves a watch asked before the connection is up, and watches once it connects', async () => {
    const server = await staffServer();
    const socket = connectTo(server.url);
    await socket.watch('c1');
    await until(() => server.watches.includes('c1'));
    expect(server.watches).toEqual(['c1']);
  });

  it('delivers pushed events to listeners until they unsubscribe', async () => {
    const server = await staffServer();
    const socket = connectTo(server.url);
    const seen: string[] = [];
    const off = socket.on('conversation:delta', (event) => seen.push(event.delta));
    await until(() => server.sockets.length === 1);
    server.sockets[0]!.emit('conversation:delta', { conversationId: 'c1', messageId: 'm1', delta: 'Hi' });
    await until(() => seen.length === 1);
    off();
    const later: string[] = [];
    socket.on('conversation:delta', (event) => later.push(event.delta));
    server.sockets[0]!.emit('conversation:delta', { conversationId: 'c1', messageId: 'm1', delta: 'again' });
    await until(() => later.includes('again'));
    expect(seen).toEqual(['Hi']);
  });

  it('watches again and tells its listeners after the connection drops and comes back', async () => {
    const server = await staffServer();
    const socket = connectTo(server.url);
    let reconnects = 0;
    socket.onReconnect(() => reconnects++);
    await until(() => server.sockets.length === 1);
    await socket.watch('c7');
    expect(server.watches).toEqual(['c7']);
    // The transport drops (a restart, a network change), not a deliberate server disconnect.
    server.sockets[0]!.conn.close();
    await until(() => reconnects === 1);
    await until(() => server.watches.length === 2);
    expect(server.watches).toEqual(['c7', 'c7']);
  });

  it('says again whether its person is online after the connection drops and comes back', async () => {
    const server = await staffServer();
    const socket = connectTo(server.url);
    await until(() => server.sockets.length === 1);
    socket.presence('away');
    await until(() => server.presence.length === 1);
    server.sockets[0]!.conn.close();
    await until(() => server.presence.length === 2);
    expect(server.presence).toEqual(['away', 'away']);
  });
});
