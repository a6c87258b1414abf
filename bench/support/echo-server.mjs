// The ceiling for our stack: a bare Socket.IO server on /v1 that acks what it gets.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const http = createServer();
const io = new Server(http, { cors: { origin: true } });
io.of('/v1').on('connection', (socket) => {
  socket.on('session:start', (_payload, ack) => ack({ conversationId: socket.id, messages: [] }));
  socket.on('message:send', (payload, ack) => ack({ message: payload }));
});
http.listen(0, '127.0.0.1', () => process.stdout.write(`${http.address().port}\n`));
process.on('SIGTERM', () => process.exit(0));
