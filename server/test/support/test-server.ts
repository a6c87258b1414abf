import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { afterAll, beforeAll } from 'vitest';
import type { ClientToServerEvents, ErrorResponse, HandshakeAuth, ServerToClientEvents } from '../../../sdk/protocol/index.js';
import { loadConfig } from '../../config/env.js';
import type { Responder } from '../../conversation/responder.js';
import { createLogger } from '../../logging/logger.js';
import { createSite } from '../../sites/site-service.js';
import type { SiteSettings } from '../../sites/site-input.js';
import { startServer, type RunningServer } from '../../start-server.js';
import { startSession } from './chat.js';
import { expectLedgerClean } from './ledger.js';

export const PAGE_ORIGIN = 'http://localhost:5173';

export interface TestServer extends RunningServer {
  dataDir: string;
  /** Stops and starts again on the same data directory (a new port). */
  restart(): Promise<TestServer>;
  /**
   * Checks the lead ledger is clean (see ./ledger.ts), then stops and removes the data directory, also when the
   * check fails.
   */
  destroy(options?: { deadLetters?: boolean }): Promise<void>;
}

/** The real server on 127.0.0.1, a free port and a fresh embedded store; `responder` replaces Cathy's brain. */
export async function startTestServer(env: Record<string, string> = {}, dataDir?: string, options: { responder?: Responder } = {}): Promise<TestServer> {
  const dir = dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'cathy-test-')));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'silent', RATE_LIMIT_IP_PER_MINUTE: '100000', ...env });
  const server = await startServer(config, createLogger('silent'), options);
  const test: TestServer = {
    ...server,
    dataDir: dir,
    async restart() {
      await server.stop();
      return startTestServer(env, dir, options);
    },
    async destroy(options = {}) {
      try {
        await expectLedgerClean(server, options);
      } finally {
        await server.stop();
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
  return test;
}

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real socket.io-client as a browser on `origin` would connect. */
export function connect(url: string, auth: HandshakeAuth, origin = PAGE_ORIGIN): TestSocket {
  return connectSocket(`${url}/v1`, {
    auth,
    extraHeaders: { origin },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
}

export function connected(socket: TestSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
}

/** The error a refused handshake carries, as the client sees it in `connect_error`. */
export function connectError(socket: TestSocket): Promise<ErrorResponse['error']> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => reject(new Error('connected but should have been refused')));
    socket.once('connect_error', (err) => resolve((err as Error & { data: ErrorResponse }).data.error));
  });
}

/** A site, under the server's own policy: a webhook to 127.0.0.1 needs `WEBHOOK_ALLOW_PRIVATE: '1'` in its env. */
export async function addSite(server: RunningServer, settings: Partial<SiteSettings> = {}) {
  return createSite(
    server.store,
    { name: 'Test Motors', allowedOrigins: [PAGE_ORIGIN], leadRecipients: ['sales@testmotors.example'], ...settings },
    { allowPrivateWebhook: server.config.webhookAllowPrivate },
  );
}

/** Waits for the next event of a name. */
export function next<E extends keyof ServerToClientEvents>(socket: TestSocket, event: E, timeoutMs = 5000) {
  return new Promise<Parameters<ServerToClientEvents[E]>[0]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    socket.once(event as never, ((payload: Parameters<ServerToClientEvents[E]>[0]) => {
      clearTimeout(timer);
      resolve(payload);
    }) as never);
  });
}

export interface TestSiteContext {
  server: TestServer;
  site: Awaited<ReturnType<typeof addSite>>;
}

/** A server and one site for a whole `describe`; `server` is replaced when a test restarts it. */
export function useTestSite(env: Record<string, string> = {}, settings: Partial<SiteSettings> = {}): TestSiteContext {
  const context = {} as TestSiteContext;
  beforeAll(async () => {
    context.server = await startTestServer(env);
    context.site = await addSite(context.server, settings);
  });
  afterAll(() => context.server.destroy());
  return context;
}

/** A visitor on the site: a connected socket with its session started. */
export async function openVisitor(context: TestSiteContext, auth: Partial<HandshakeAuth> = {}) {
  const socket = connect(context.server.url, { siteKey: context.site.site.publicKey, ...auth });
  await connected(socket);
  const session = await startSession(socket);
  return { socket, session };
}
