import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';

/**
 * `forward`: passes everything through. `block-socket`: a corporate proxy that refuses websocket
 * upgrades and answers `/socket.io/` long-polling with 403, passing other HTTP. `down`: drops every
 * connection, like a network that is gone. `drop-socket`: a middlebox that completes the websocket upgrade and
 * then cuts the connection before anything passes, and refuses long-polling like `block-socket`.
 */
export type ProxyMode = 'forward' | 'block-socket' | 'down' | 'drop-socket';

/** RFC 6455's handshake answer, enough for a browser or `ws` to consider the websocket open. */
function acceptUpgrade(req: http.IncomingMessage, socket: net.Socket): void {
  const accept = createHash('sha1').update(`${String(req.headers['sec-websocket-key'])}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
  socket.end(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
}

export interface SwitchableProxy {
  url: string;
  /** Switching away from `forward` cuts the connections already open. */
  setMode(mode: ProxyMode): void;
  close(): Promise<void>;
}

/** An HTTP proxy in front of `target` (e.g. the test server's url) whose behaviour a test switches. */
export async function startProxy(target: string, initial: ProxyMode = 'forward'): Promise<SwitchableProxy> {
  const { hostname, port } = new URL(target);
  let mode = initial;
  const open = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    if (mode === 'down') return void req.socket.destroy();
    if ((mode === 'block-socket' || mode === 'drop-socket') && req.url?.startsWith('/socket.io/')) return void res.writeHead(403).end('Blocked by proxy');
    const upstream = http.request({ host: hostname, port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connection', (socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  server.on('upgrade', (req, socket, head) => {
    if (mode === 'drop-socket') return acceptUpgrade(req, socket as net.Socket);
    if (mode !== 'forward') return void socket.destroy();
    const upstream = net.connect(Number(port), hostname, () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    open.add(upstream);
    upstream.on('close', () => open.delete(upstream));
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    setMode(next) {
      mode = next;
      if (next !== 'forward') for (const socket of open) socket.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
