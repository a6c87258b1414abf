/**
 * What staff sign-in costs on this machine: one scrypt hash and verify (the parameters in
 * server/security/password.ts), a whole sign-in over HTTP, and a guarded request (`GET /v1/staff/me`: the session
 * and the person read from the store on every request).
 *
 *   npx tsx bench/staff-sign-in.ts
 *   ROUNDS=50 npx tsx bench/staff-sign-in.ts
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../server/config/env.js';
import { createLogger } from '../server/logging/logger.js';
import { hashPassword, verifyPassword } from '../server/security/password.js';
import { createSite } from '../server/sites/site-service.js';
import { startServer } from '../server/start-server.js';
import { addStaff, signIn, staffFetch } from '../server/test/support/staff.js';
import { ms, summary } from './support/stats.js';

const ROUNDS = Number(process.env.ROUNDS ?? 20);

async function timed(task: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    await task();
    samples.push(performance.now() - started);
  }
  return samples;
}

function report(name: string, samples: number[]): void {
  const { p50, p95, p99 } = summary(samples);
  process.stdout.write(`${name.padEnd(28)} p50 ${ms(p50)}  p95 ${ms(p95)}  p99 ${ms(p99)}  (${samples.length} rounds)\n`);
}

const hash = await hashPassword('correct horse battery staple');
report('scrypt hash', await timed(() => hashPassword('correct horse battery staple')));
report('scrypt verify', await timed(() => verifyPassword('correct horse battery staple', hash)));

const dir = await mkdtemp(path.join(os.tmpdir(), 'cathy-bench-staff-'));
const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'silent', RATE_LIMIT_SIGN_INS_PER_10_MINUTES: '100000' });
const server = await startServer(config, createLogger('silent'));
try {
  const { site } = await createSite(server.store, { name: 'Bench Motors', allowedOrigins: ['https://bench.example'] });
  const person = await addStaff(server.store, { siteId: site.id, email: 'bench@bench.example', role: 'owner' });
  report('sign-in over HTTP', await timed(() => signIn(server.url, person.email, person.password)));
  const auth = await signIn(server.url, person.email, person.password);
  report('GET /v1/staff/me (guarded)', await timed(() => staffFetch(server.url, auth, '/v1/staff/me').then((res) => res.text())));
} finally {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
}
