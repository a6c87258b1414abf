import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logging/logger.js';
import { createMetrics } from '../metrics/metrics.js';
import { consoleRoutes } from './console-routes.js';
import { errorHandler, notFound } from './error-handler.js';

const PAGE = '<!doctype html><link rel="stylesheet" href="/console/console.Css_1.css"><script type="module" src="/console/console.Js-2.js"></script>';
const SCRIPT = 'export{};console.log("console")';

let root: string;
let base: string;
let close: () => Promise<void>;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'cathy-console-'));
  const dir = path.join(root, 'console');
  await mkdir(dir);
  await writeFile(path.join(dir, 'index.html'), PAGE);
  await writeFile(path.join(dir, 'index.html.gz'), gzipSync(PAGE));
  await writeFile(path.join(dir, 'console.Js-2.js'), SCRIPT);
  await writeFile(path.join(dir, 'console.Js-2.js.gz'), gzipSync(SCRIPT));
  await writeFile(path.join(dir, 'console.Css_1.css'), 'body{margin:0}');
  const app = express();
  app.use(consoleRoutes({ dir, publicUrl: 'https://cathy.example' }));
  app.use(notFound);
  app.use(errorHandler({ logger: createLogger('silent'), metrics: createMetrics() }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  close = () => new Promise((resolve) => server.close(() => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await close();
  await rm(root, { recursive: true, force: true });
});

describe('console routes', () => {
  it.each(['/console/', '/console/conversations/c_123', '/console/leads', '/console/sign-in?next=%2Fconsole%2Fteam', '/console/invitation'])(
    'answers %s with the app page, revalidated on every load',
    async (url) => {
      const res = await fetch(base + url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toBe(PAGE);
    },
  );

  it('sends the page under a CSP without inline script or style, framing, or foreign connections', async () => {
    const res = await fetch(`${base}/console/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("connect-src 'self' wss://cathy.example");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('serves hashed assets for a year, precompressed when the browser accepts it', async () => {
    const js = await fetch(`${base}/console/console.Js-2.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(js.headers.get('content-encoding')).toBe('gzip');
    expect(await js.text()).toBe(SCRIPT);
    const css = await fetch(`${base}/console/console.Css_1.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toBe('body{margin:0}');
  });

  it('answers a missing hashed asset with 404, not the page (a stale tab must not run HTML as script)', async () => {
    const res = await fetch(`${base}/console/console.Gone.js`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });

  it('revalidates the page with its ETag', async () => {
    const first = await fetch(`${base}/console/`);
    const again = await fetch(`${base}/console/`, { headers: { 'if-none-match': first.headers.get('etag') ?? '' } });
    expect(again.status).toBe(304);
  });

  it('redirects /console to /console/ keeping the query', async () => {
    const res = await fetch(`${base}/console?x=1`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/console/?x=1');
  });
});
